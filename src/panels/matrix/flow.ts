import type { Service } from '../../engine/index.ts';
import type { Endpoint, FlowSpec } from '../../model/types.ts';

/**
 * The flow a cell stands for, as the flow tester takes it (unsaved): its two endpoints as the
 * matrix named them when it evaluated the cell (an instance, an interface, or the address of an
 * internet piece or an AWS service), so playing a cell always shows the verdict the cell shows.
 */
export function cellFlow(source: Endpoint, destination: Endpoint, service: Service): FlowSpec {
  return {
    source,
    destination,
    protocol: service.protocol,
    ...(service.port !== undefined ? { port: service.port } : {}),
  };
}
