import { readFileSync } from 'node:fs';

export const USAGE = `VPC Flow Lab: evaluate AWS VPC traffic flows layer by layer.

Usage:
  npm run --silent cli -- analyze <file> --from <endpoint> --to <endpoint> --protocol <p>
      [--port <n>] [--source-port <n>] [--icmp-type <n>] [--icmp-code <n>]
      [--json] [--expect allowed|blocked] [--before]
  npm run --silent cli -- check <file> [--json] [--before]
  npm run --silent cli -- check <file> --expect <expectations.yaml> [--format <f>]
      [--fail-on unknown] [--before]
  npm run --silent cli -- diff <before> <after> | diff <plan.json> [--services <list>]
      [--format <f>] [--fail-on newly-allowed]
  npm run --silent cli -- validate <file> [--json] [--before]
  npm run --silent cli -- export <file> --format terraform|terraform-json|vpc-flow-lab
      [--out <dir>] [--before]
  npm run --silent cli -- matrix <file> [--services <list>] [--format csv|json]
      [--group-by subnet|vpc|security-group|tag:<key>|none] [--before]
  npm run --silent cli -- --help | --version

Commands:
  analyze   trace one flow (a request and its response) through every layer
  check     evaluate every saved flow that has an expected outcome; PASS or FAIL each; with
            --expect, the flows and invariants of an expectations file (exit 1 when any fails)
  diff      flows that became allowed or blocked between two networks (or a plan's prior_state
            and planned_values), by pair of subnets, with the hop that changed
  validate  list what is wrong with the scenario (severity, resource ID, field, message)
  export    write the network as Terraform for the AWS provider (HCL, or JSON syntax) or as a
            scenario file; one file on stdout, or main.tf, variables.tf, versions.tf in --out
  matrix    the reachability of every pair of endpoints (interfaces, the internet's pieces,
            AWS services), counted by pairs of groups: allowed, blocked, unknown per service

<file>      a VPC Flow Lab scenario file ("format": "vpc-flow-lab"), an AWS describe bundle
            (the aws ec2 describe-* outputs merged into one object; scripts/collect-bundle.sh
            --region <r> collects them all), or terraform show -json output of a saved plan or
            of the state; - reads standard input. UTF-8, at most 2 GB
<endpoint>  an instance ID (i-…), a network interface ID (eni-…), the Name of an instance or
            interface, a Terraform address (aws_instance.web[1], module.app.aws_instance.api["a"],
            aws_lb.public), internet, or an IP address (private, secondary, public, Elastic or IPv6)
<p>         tcp, udp, icmp, icmpv6 (any case) or a protocol number; not all or -1

Options:
  --port <n>         destination port, required for TCP and UDP (1-65535)
  --source-port <n>  the client's port, to which the response returns (0-65535, default 49152)
  --icmp-type <n>    ICMP type (0-255, default 8 echo request; ICMPv6 128)
  --icmp-code <n>    ICMP code (0-255, default 0)
  --json             print JSON instead of text
  --expect <v>       exit 1 unless the verdict is allowed or blocked as given
  --before           a Terraform plan as it is now (prior_state), not after apply
  --format <f>       export: terraform, terraform-json or vpc-flow-lab
  --out <dir>        export: write the files into this folder instead of stdout
  --services <list>  matrix: tcp/<port>, udp/<port>, icmp, icmpv6 or a protocol number, comma-
                     separated (default tcp/22,80,443,3306,5432,6379,8080,8443,3389 and udp/53)
  --group-by <g>     matrix: subnet (default), vpc, security-group, tag:<key>, or none (a row
                     per pair of endpoints, refused past 5,000,000 rows)
  --format <f>       matrix: csv (default; a row per pair of groups and service) or json
  --expect <file>    check: an expectations file (YAML or JSON: services, flows, invariants)
  --format <f>       check, diff: text (default), json, junit, sarif, github or markdown
  --fail-on <what>   check: unknown (an unknown verdict fails); diff: newly-allowed (exit 1)

Exit codes: 0 a verdict was produced; 1 --expect differs, a check failed, validation found an
error, or (diff --fail-on newly-allowed) a flow became allowed; 2 the command could not run (one
line on stderr says why).
`;

/**
 * The version in package.json, read from disk (a JSON import would need an import attribute):
 * two folders up from src/cli/, one up from the bundled dist-cli/vpc-flow-lab.mjs.
 */
export function version(): string {
  for (const path of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'vpc-flow-lab' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not there: the other layout.
    }
  }
  return 'unknown';
}
