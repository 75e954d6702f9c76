import type { Service } from '../../engine/index.ts';
import type { Endpoint, FlowSpec } from '../../model/types.ts';
import { INTERNET } from './endpoints.ts';

/**
 * The flow a cell stands for, as the flow tester takes it (unsaved): instance to instance, or to
 * or from the address that stood for the internet when the matrix was computed.
 */
export function cellFlow(
  sourceId: string,
  destinationId: string,
  service: Service,
  internetAddress: string,
): FlowSpec {
  const endpoint = (id: string): Endpoint =>
    id === INTERNET
      ? { address: internetAddress }
      : id.startsWith('eni-')
        ? { interfaceId: id }
        : { instanceId: id };
  return {
    source: endpoint(sourceId),
    destination: endpoint(destinationId),
    protocol: service.protocol,
    ...(service.port !== undefined ? { port: service.port } : {}),
  };
}
