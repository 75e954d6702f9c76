/**
 * The Region of an Availability Zone name: `eu-west-1b` → `eu-west-1`, a Local Zone's
 * `us-east-1-bos-1a` → `us-east-1`; null for a name that is not one (a zone ID such as
 * `use1-az1` does not say its Region).
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html
 */
export function regionOfZone(zone: string): string | null {
  const match = /^([a-z]{2}(?:-[a-z]+)+-\d+)(?:[a-z]|-[a-z]+-\d+[a-z])$/.exec(zone);
  return match?.[1] ?? null;
}

/** The Region every subnet's zone is in, or null when they name none or several. */
export function regionOfZones(zones: readonly string[]): string | null {
  const regions = new Set(zones.map(regionOfZone));
  if (regions.size !== 1) return null;
  return [...regions][0] ?? null;
}
