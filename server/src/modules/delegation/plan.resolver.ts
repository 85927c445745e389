import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { uuidOf } from '../../graphql/relay.js';
import { widenViewer } from '../shared/viewer-scope.js';
import { delegationById } from './delegation.loader.js';
import { Delegation } from './delegation.type.js';
import { exportPlan, importPlan, type PlanCounts } from './plan.service.js';

export enum PlanFormat {
  JSON = 'JSON',
  XLSX = 'XLSX',
}
registerEnumType(PlanFormat, {
  name: 'PlanFormat',
  description:
    "A plan file: JSON in the shape of the built-in Qinghai plan, or an XLSX workbook of one sheet per part (README, 'Plans as files'), sent and returned as base64.",
  valuesConfig: {
    JSON: { description: 'JSON text in the shape of the built-in Qinghai plan.' },
    XLSX: { description: 'An XLSX workbook, one sheet per part of the plan, in base64.' },
  },
});

@InputType({
  description:
    "A delegation's plan as a file: into an existing delegation (delegationId, its DELEGATION_OFFICE), or as a new delegation of an edition (expoId, its EXPO_BUREAU), exactly one of the two.",
})
export class ImportPlanInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Import into this existing delegation (its DELEGATION_OFFICE).',
  })
  delegationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Or create a new delegation of this expo edition from the plan (its EXPO_BUREAU).',
  })
  expoId?: string | null;

  @Field(() => PlanFormat, { description: 'JSON or XLSX.' })
  format!: PlanFormat;

  @Field(() => String, { description: 'The JSON text, or the XLSX workbook in base64.' })
  file!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Check everything and report what would be written, writing nothing.',
  })
  dryRun?: boolean | null;
}

@ObjectType({ description: 'What an import wrote (or, in a dry run, would write).' })
export class PlanImportCounts implements PlanCounts {
  @Field(() => Int, { description: 'Member units (成员单位).' }) memberUnits!: number;
  @Field(() => Int, { description: 'Members of the leading group (领导小组).' })
  leadingGroup!: number;
  @Field(() => Int, { description: 'Sub-delegations (交易分团).' }) subDelegations!: number;
  @Field(() => Int, { description: 'Lead units (牵头单位) of sub-delegations.' }) leads!: number;
  @Field(() => Int, { description: 'Duties of member units (任务分工).' })
  responsibilities!: number;
  @Field(() => Int, { description: 'Contacts of the delegation office.' }) contacts!: number;
  @Field(() => Int, { description: 'Organisations the plan named that were new.' })
  organisationsCreated!: number;
}

@ObjectType({
  description: 'What importPlan did: the delegation, and what was (or would be) written.',
})
export class ImportPlanResult {
  @Field(() => Delegation, {
    nullable: true,
    description: 'The delegation as it now is (null in a dry run that would create it).',
  })
  delegation!: Delegation | null;

  @Field(() => Boolean, { description: 'Nothing was written: the file was only checked.' })
  dryRun!: boolean;

  @Field(() => Boolean, { description: 'The structure the delegation had was replaced.' })
  replaced!: boolean;

  @Field(() => PlanImportCounts, {
    description: 'What was written (or would be, in a dry run), by part of the plan.',
  })
  counts!: PlanImportCounts;
}

const PLANNERS = [Role.DELEGATION_OFFICE, Role.EXPO_BUREAU];

/** Plans as files: importPlan and exportPlan (the service checks the scope). */
@Resolver()
export class PlanFileResolver {
  @Access(PLANNERS)
  @Mutation(() => ImportPlanResult, {
    description:
      "Imports a delegation's plan (JSON or XLSX): every error of the file at once (BAD_USER_INPUT at input.file, extensions.errors: path, and sheet/line/column for XLSX), then all of it in one transaction, or nothing. Onto a delegation with a structure it replaces it unless recorded work depends on it (IN_USE, extensions.blockers).",
  })
  async importPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportPlanInput, { description: 'The plan file and where it goes.' })
    input: ImportPlanInput,
  ): Promise<ImportPlanResult> {
    const command = {
      ...input,
      delegationId: optionalUuid(input.delegationId, 'Delegation', 'input.delegationId'),
      expoId: optionalUuid(input.expoId, 'Expo', 'input.expoId'),
    };
    const result = await rootedAt('input', () => importPlan(ctx, command));
    let delegation: Delegation | null = null;
    if (result.delegationId && !result.dryRun) {
      if (!input.delegationId) {
        // the bureau's expo-wide grant covers the new delegation from now on
        widenViewer(ctx, { delegationId: result.delegationId, expoId: command.expoId! });
      }
      delegation = await ctx.loaders.byId(delegationById, result.delegationId);
    }
    return { ...result, delegation };
  }

  @Access(PLANNERS)
  @Query(() => String, {
    description:
      "A delegation's plan as a file importPlan takes back (its DELEGATION_OFFICE, the EXPO_BUREAU of its edition, ADMIN): JSON text, or an XLSX workbook in base64.",
  })
  async exportPlan(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, { description: 'The delegation whose plan to export.' })
    delegationId: string,
    @Arg('format', () => PlanFormat, {
      defaultValue: PlanFormat.JSON,
      description: 'JSON (the default) or XLSX.',
    })
    format: PlanFormat,
  ): Promise<string> {
    return exportPlan(ctx, uuidOf(delegationId, 'Delegation', 'delegationId'), format);
  }
}
