#!/bin/sh
# Collects the AWS describe bundle of one region for VPC Flow Lab (spec/cli-analyze.md, `<file>`):
# every read-only `aws ec2` call the bundle needs, merged with jq into one JSON object on stdout.
#
#   scripts/collect-bundle.sh --region eu-west-1 > bundle.json
#   AWS_REGION=eu-west-1 scripts/collect-bundle.sh > bundle.json
#
# It only reads (ec2:Describe*, ec2:GetManagedPrefixListEntries, ec2:SearchTransitGatewayRoutes).
# The AWS CLI's own settings apply (profile, credentials, AWS_PAGER is turned off here). Progress
# and problems go to stderr; stdout holds the bundle only.
set -eu

me=$(basename "$0")

die() {
  printf '%s: %s\n' "$me" "$1" >&2
  exit 2
}

usage() {
  cat <<EOF
usage: $me [--region <region>]

Prints the AWS describe bundle of one region (VPCs, subnets, instances, network interfaces,
security groups, network ACLs, route tables, gateways, peering connections, prefix lists,
VPC endpoints and transit gateways) as one JSON object, for:

  npm run --silent cli -- analyze bundle.json --from <endpoint> --to <endpoint> --protocol tcp --port 443

The region is --region, else AWS_REGION, else AWS_DEFAULT_REGION. Needs the AWS CLI and jq.
EOF
}

region=${AWS_REGION:-${AWS_DEFAULT_REGION:-}}
while [ $# -gt 0 ]; do
  case $1 in
    --region)
      [ $# -ge 2 ] || die '--region: missing (a region such as us-east-1)'
      region=$2
      shift 2
      ;;
    --region=*)
      region=${1#--region=}
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[ -n "$region" ] || die 'no region: give --region <region> or set AWS_REGION'
case $region in
  *[!a-z0-9-]*) die "--region: expected a region such as us-east-1, got \"$region\"" ;;
esac

command -v aws >/dev/null 2>&1 ||
  die 'the AWS CLI (aws) is not installed or not on PATH: https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html'
command -v jq >/dev/null 2>&1 ||
  die 'jq is not installed or not on PATH: https://jqlang.org/download/'

tmp=$(mktemp -d "${TMPDIR:-/tmp}/collect-bundle.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# One call, its output kept in $tmp/<n>.json. The CLI fetches every page itself.
n=0
ec2() {
  n=$((n + 1))
  printf '%s: aws ec2 %s\n' "$me" "$1" >&2
  AWS_PAGER='' aws ec2 "$@" --region "$region" --output json >"$tmp/$n.json" ||
    die "aws ec2 $1 failed (its message is above); the IAM actions needed are in the README"
}

ec2 describe-vpcs
ec2 describe-subnets
ec2 describe-instances
ec2 describe-network-interfaces
ec2 describe-security-groups
ec2 describe-network-acls
ec2 describe-route-tables
ec2 describe-internet-gateways
ec2 describe-nat-gateways
ec2 describe-vpc-peering-connections
ec2 describe-vpc-endpoints
ec2 describe-egress-only-internet-gateways

# Prefix lists (customer- and AWS-managed) and the entries of each, keyed by list ID.
ec2 describe-managed-prefix-lists
ids=$(jq -r '.PrefixLists[]?.PrefixListId' "$tmp/$n.json") ||
  die 'aws ec2 describe-managed-prefix-lists printed something that is not its JSON'
for id in $ids; do
  ec2 get-managed-prefix-list-entries --prefix-list-id "$id"
  jq --arg id "$id" '{PrefixListEntries: {($id): (.Entries // [])}}' "$tmp/$n.json" >"$tmp/$n.keyed" &&
    mv "$tmp/$n.keyed" "$tmp/$n.json"
done

# Transit gateways, their attachments, route tables, and the routes of each table, keyed by ID.
ec2 describe-transit-gateways
ec2 describe-transit-gateway-attachments
ec2 describe-transit-gateway-vpc-attachments
ec2 describe-transit-gateway-route-tables
ids=$(jq -r '.TransitGatewayRouteTables[]?.TransitGatewayRouteTableId' "$tmp/$n.json") ||
  die 'aws ec2 describe-transit-gateway-route-tables printed something that is not its JSON'
for id in $ids; do
  ec2 search-transit-gateway-routes --transit-gateway-route-table-id "$id" \
    --filters Name=state,Values=active,blackhole --max-results 1000
  if [ "$(jq -r '.AdditionalRoutesAvailable // false' "$tmp/$n.json")" = true ]; then
    printf '%s: warning: %s has more than 1000 routes; only the first 1000 are in the bundle\n' \
      "$me" "$id" >&2
  fi
  jq --arg id "$id" '{TransitGatewayRoutes: {($id): (.Routes // [])}}' "$tmp/$n.json" >"$tmp/$n.keyed" &&
    mv "$tmp/$n.keyed" "$tmp/$n.json"
done

# Merged like `jq -s add`, except that arrays under one key add up and keyed objects merge, so
# nothing one call printed is lost; only the bundle's keys are kept (not NextToken and the like).
set --
i=1
while [ "$i" -le "$n" ]; do
  set -- "$@" "$tmp/$i.json"
  i=$((i + 1))
done
jq -s '
  def keys_of_bundle: [
    "Vpcs", "Subnets", "Reservations", "SecurityGroups", "NetworkAcls", "RouteTables",
    "InternetGateways", "NatGateways", "VpcPeeringConnections", "NetworkInterfaces",
    "PrefixLists", "PrefixListEntries", "VpcEndpoints", "EgressOnlyInternetGateways",
    "TransitGateways", "TransitGatewayAttachments", "TransitGatewayVpcAttachments",
    "TransitGatewayRouteTables", "TransitGatewayRoutes"
  ];
  reduce (.[] | to_entries[] | select(.key as $k | keys_of_bundle | index([$k]))) as $kv ({};
    .[$kv.key] as $prev
    | if ($prev | type) == "array" and ($kv.value | type) == "array" then .[$kv.key] = $prev + $kv.value
      elif ($prev | type) == "object" and ($kv.value | type) == "object" then .[$kv.key] = $prev + $kv.value
      else .[$kv.key] = $kv.value end)
' "$@"
