import type { DelegationHubClient } from './client.js';
import {
  TrainManifestDocument,
  type TrainManifestQuery,
  type TrainManifestQueryVariables,
} from './generated/graphql.js';

/** A train's (or flight's) group manifest as the railway books it, its workbook as bytes. */
export interface TrainManifestFile {
  travelDate: string;
  serviceNumber: string;
  /** Travellers on it: its trips not CANCELLED that the caller reads. */
  travellers: number;
  trips: TrainManifestQuery['trainManifest']['trips'];
  /**
   * Its travellers with the ID numbers the real-name tickets need: in full to the delegation's
   * TICKETING units (and to those who own the numbers), masked to everyone else.
   */
  passengers: TrainManifestQuery['trainManifest']['passengers'];
  /** The XLSX workbook (sheet 团体乘车名单), ready to save or attach. */
  xlsx: Uint8Array;
}

/**
 * Reads `trainManifest` (a delegation's train on a day: its office, its TICKETING service unit,
 * a lead for its own) and decodes the workbook the server sends as base64.
 *
 * @example
 * const { xlsx } = await trainManifestFile(railway, { delegationId, travelDate: '2022-11-03', serviceNumber: 'Z164' });
 * await writeFile('Z164-2022-11-03.xlsx', xlsx);
 */
export async function trainManifestFile(
  client: DelegationHubClient,
  variables: TrainManifestQueryVariables,
): Promise<TrainManifestFile> {
  const { trainManifest } = await client.request(TrainManifestDocument, variables);
  const { file, ...rest } = trainManifest;
  const binary = atob(file);
  const xlsx = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) xlsx[i] = binary.charCodeAt(i);
  return { ...rest, xlsx };
}
