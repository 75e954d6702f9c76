import { APP_URL, expect, test } from './fixtures.ts';
import { Inspector } from './pages/Inspector.ts';
import { scenarioOf } from './pages/SidePanel.ts';

// What a person sees on a laptop screen: the panel must read well at 1280×800.
test.use({ viewport: { width: 1280, height: 800 } });

const PRIVATE_DB = 'subnet-0a1b2c3d4e5f60003';

test('an invalid CIDR shows the error while the model keeps its last valid value', async ({
  page,
  pageErrors,
}) => {
  await page.goto(APP_URL);
  const inspector = new Inspector(page);
  await inspector.inspect(PRIVATE_DB);
  const cidr = inspector.field('cidrBlock');
  await expect(cidr).toHaveValue('10.0.3.0/24');
  const before = await scenarioOf(page);

  await cidr.fill('10.0.0.0/33');
  await expect(inspector.fieldAlert('cidrBlock')).toHaveText(
    /10\.0\.0\.0\/33 is not a valid IPv4 CIDR block\./,
  );
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  await expect(cidr).toHaveValue('10.0.0.0/33');
  expect(await scenarioOf(page)).toEqual(before);
  await page.screenshot({ path: 'e2e/screenshots/panels-invalid-cidr.png' });

  // Leaving the field keeps what was typed and the message; Escape returns to the model's value.
  await inspector.field('name').focus();
  await expect(cidr).toHaveValue('10.0.0.0/33');
  await cidr.press('Escape');
  await expect(cidr).toHaveValue('10.0.3.0/24');
  await expect(cidr).toHaveAttribute('aria-invalid', 'false');

  // Typed key by key: each valid prefix is committed and validate()'s findings follow the typing.
  await cidr.fill('');
  await cidr.pressSequentially('10.0.2.0/24');
  await expect(cidr.locator('xpath=..')).toContainText('overlaps subnet');
  expect((await scenarioOf(page)).subnets.find((s) => s.id === PRIVATE_DB)?.cidrBlock).toBe(
    '10.0.2.0/24',
  );
  expect(pageErrors.messages).toEqual([]);
});
