import { z } from 'zod';

/**
 * Where an imported scenario came from when it was read from `terraform show -json`: each
 * resource's Terraform address (shown as a label, and accepted wherever an endpoint is named), the
 * IDs that were made up because Terraform knows them only after apply (a trace prints the address
 * instead), and the addresses that were assumed. Optional on the scenario, so every file without
 * it reads as before.
 */
export const TerraformOriginSchema = z.object({
  /** The network read: a plan after apply, a plan's `prior_state` (as it is now), or a state. */
  source: z.enum(['plan', 'plan-prior-state', 'state']),
  /** Model ID → the Terraform address of the resource it was imported from. */
  addresses: z.record(z.string(), z.string().max(1024)).default({}),
  /** IDs made up at import, shaped like AWS's and marked `tf` (`sg-tf3f9a0c1d2e4b5a`). */
  placeholderIds: z.array(z.string().max(64)).default([]),
  /** ID of an instance or interface → why its address was assumed (known only after apply). */
  assumedAddresses: z.record(z.string(), z.string().max(1000)).default({}),
  /**
   * ID of an interface → the other subnets it may be placed in, each with the address it would
   * take there (an RDS instance in a DB subnet group): flows are evaluated in each, and are
   * `unknown` when the verdicts differ.
   */
  alternatives: z
    .record(
      z.string(),
      z.array(z.object({ subnetId: z.string().max(64), privateIp: z.string().max(64) })).max(16),
    )
    .optional(),
});

export type TerraformOrigin = z.infer<typeof TerraformOriginSchema>;
