import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * A network interface lives in a subnet, carries groups of that subnet's VPC, and, when attached
 * to an instance, is attached to one of the same VPC at a device index no other interface of that
 * instance uses (0 being the primary interface, which the instance record holds).
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
 */
export function checkNetworkInterfaces(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const devices = new Map<string, string>();
  for (const eni of ctx.scenario.networkInterfaces) {
    const subnet = ctx.subnets.get(eni.subnetId);
    if (subnet === undefined) {
      findings.push(
        error(
          'missing-reference',
          eni.id,
          'subnetId',
          `Network interface ${eni.id} is in subnet ${eni.subnetId}, which does not exist: every interface lives in a subnet.`,
        ),
      );
    }
    eni.securityGroupIds.forEach((groupId, i) => {
      const field = `securityGroupIds[${i}]`;
      const group = ctx.securityGroups.get(groupId);
      if (group === undefined) {
        findings.push(
          error(
            'missing-reference',
            eni.id,
            field,
            `Network interface ${eni.id} refers to security group ${groupId}, which does not exist.`,
          ),
        );
      } else if (subnet !== undefined && group.vpcId !== subnet.vpcId) {
        findings.push(
          error(
            'reference-other-vpc',
            eni.id,
            field,
            `Network interface ${eni.id} uses security group ${groupId} of VPC ${group.vpcId}, but the interface is in VPC ${subnet.vpcId}.`,
          ),
        );
      }
    });
    const attachment = eni.attachment;
    if (attachment === undefined) continue;
    const instance = ctx.instances.get(attachment.instanceId);
    if (instance === undefined) {
      findings.push(
        error(
          'missing-reference',
          eni.id,
          'attachment.instanceId',
          `Network interface ${eni.id} is attached to instance ${attachment.instanceId}, which does not exist.`,
        ),
      );
      continue;
    }
    const instanceVpc = ctx.subnets.get(instance.subnetId)?.vpcId;
    if (subnet !== undefined && instanceVpc !== undefined && instanceVpc !== subnet.vpcId) {
      findings.push(
        error(
          'reference-other-vpc',
          eni.id,
          'attachment.instanceId',
          `Network interface ${eni.id} is in VPC ${subnet.vpcId} but attached to instance ${instance.id} of VPC ${instanceVpc}.`,
        ),
      );
    }
    const key = `${attachment.instanceId} ${attachment.deviceIndex}`;
    const first = devices.get(key);
    if (first === undefined) devices.set(key, eni.id);
    else {
      findings.push(
        error(
          'duplicate-device-index',
          eni.id,
          'attachment.deviceIndex',
          `Network interface ${eni.id} is attached to ${attachment.instanceId} at device index ${attachment.deviceIndex}, which ${first} already uses.`,
        ),
      );
    }
  }
  return findings;
}
