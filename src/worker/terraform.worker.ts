import { readTerraformText, type PlanView, type TerraformReadResult } from './terraformRead.ts';

/** One Terraform import per worker: the page starts it, posts the text, and ends it on the answer. */
self.addEventListener('message', (event: MessageEvent<{ text: string; view: PlanView }>) => {
  let answer: TerraformReadResult;
  try {
    answer = readTerraformText(event.data.text, { view: event.data.view });
  } catch (e) {
    answer = {
      kind: 'refused',
      message: `the importer failed (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  self.postMessage(answer);
});
