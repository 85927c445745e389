import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../graphql/relay.js';
import { AuditEvent } from './audit.type.js';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => ID, { description: 'Global ID of the audited object.' })
  entityId(@Root() event: AuditEvent): string {
    return toGlobalId(event.entityType, event.entityUuid);
  }
}
