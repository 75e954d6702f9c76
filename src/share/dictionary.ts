/**
 * WIRE FORMAT: the preset DEFLATE dictionary of `v1.` links. It must NEVER change, not by one
 * character: every `v1.` link ever shared was compressed against these exact bytes, and a link
 * inflated with another dictionary comes out as garbage. A better dictionary means a new link
 * version (`v2.`) that keeps this one for reading old links. `codec.test.ts` pins its length and
 * checksum so that an accidental edit fails the tests.
 *
 * Why a dictionary: DEFLATE learns a text's repeats as it goes, so in a small scenario most bytes
 * go to the first occurrence of each key and of the resources AWS creates in every VPC (default
 * security group, default network ACL, main route table). Preset, those cost a back-reference
 * each; the three-tier link shrinks from about 1,750 to about 1,130 characters.
 *
 * It is a template of a scenario file in the order `JSON.stringify` writes the schema's fields;
 * DEFLATE reaches back 32 KB, so all of it is in reach.
 */
export const LINK_DICTIONARY_V1 =
  '{"format":"vpc-flow-lab","version":1,"scenario":{"name":"","description":"","quotas":{"securityGroupsPerInterface":' +
  '"vpcs":[{"id":"vpc-0","name":"","cidrBlocks":["10.0.0.0/16"],"ipv6CidrBlock":"' +
  '"subnets":[{"id":"subnet-0","name":"public","vpcId":"vpc-0","cidrBlock":"10.0.1.0/24","availabilityZone":"us-east-1a","routeTableId":"rtb-0","networkAclId":"acl-0"}],' +
  '"instances":[{"id":"i-0","name":"","subnetId":"subnet-0","privateIp":"10.0.1.10","publicIp":"","ipv6Address":"","securityGroupIds":["sg-0"]}],' +
  '"securityGroups":[{"id":"sg-0","name":"default","description":"default VPC security group","vpcId":"vpc-0","isDefault":true,"ingress":[{"protocol":"all","peer":{"kind":"group","groupId":"sg-0"}}],"egress":[{"protocol":"all","peer":{"kind":"cidr","cidr":"0.0.0.0/0"}}]},{"protocol":"tcp","portRange":{"from":443,"to":443},"peer":{"kind":"cidr","cidr":"0.0.0.0/0"}},{"protocol":"tcp","portRange":{"from":22,"to":22},"peer":{"kind":"prefixList","prefixListId":"pl-"},"icmpTypeCode":{"type":-1,"code":-1},"description":""}]' +
  '"networkAcls":[{"id":"acl-0","name":"default","vpcId":"vpc-0","isDefault":true,"ingress":[{"ruleNumber":100,"action":"allow","protocol":"all","cidr":"0.0.0.0/0"}],"egress":[{"ruleNumber":100,"action":"allow","protocol":"all","cidr":"0.0.0.0/0"}]},{"ruleNumber":200,"action":"deny","protocol":"tcp","cidr":"0.0.0.0/0","portRange":{"from":1024,"to":65535}}]' +
  '"routeTables":[{"id":"rtb-0","name":"main","vpcId":"vpc-0","main":true,"routes":[{"destination":"10.0.0.0/16","target":"local"},{"destination":"0.0.0.0/0","target":"igw-0"},{"destination":"0.0.0.0/0","target":"nat-0","state":"blackhole"}]}],' +
  '"internetGateways":[{"id":"igw-0","name":"","vpcId":"vpc-0"}],"natGateways":[{"id":"nat-0","name":"","subnetId":"subnet-0","publicIp":"","privateIp":"","state":"available"}],' +
  '"peeringConnections":[{"id":"pcx-0","name":"","requesterVpcId":"vpc-0","accepterVpcId":"vpc-0","status":"active"}],"internetHosts":[{"id":"host-0","name":"","address":"203.0.113.10"}],' +
  '"flows":[{"id":"flow-0","name":"","source":{"address":"203.0.113.50"},"destination":{"instanceId":"i-0"},"protocol":"tcp","port":443,"sourcePort":,"icmpType":,"icmpCode":,"expected":"allowed","goal":true},{"source":{"instanceId":"i-0"},"destination":{"address":""},"protocol":"udp","port":53,"expected":"blocked"}]},' +
  '"layout":{"nodes":{"vpc-0":{"x":0,"y":0,"width":670,"height":564,"collapsed":true},"subnet-0":{"x":40,"y":56,"width":590,"height":140},"i-0":{"x":20,"y":56}}}}';
