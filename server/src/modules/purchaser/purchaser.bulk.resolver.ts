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
import { notFound } from '../../graphql/errors.js';
import { rootedAt } from '../../graphql/paths.js';
import { uuidOf } from '../../graphql/relay.js';
import { importPurchasers } from './purchaser.import.js';
import {
  exportRegistration,
  importRegistrationNumbers,
  setRegistrationNumber,
} from './purchaser.handover.js';
import { checkedPurchaserById, forgetChecked, loadCheckedById } from './purchaser.loader.js';
import { SheetFormat } from './purchaser.sheet.js';
import { Purchaser } from './purchaser.type.js';

registerEnumType(SheetFormat, {
  name: 'SheetFormat',
  description: 'A file: XLSX (given as base64) or CSV (UTF-8 text).',
  valuesConfig: {
    XLSX: { description: 'An Excel workbook, base64-encoded; its first sheet is read.' },
    CSV: { description: 'Comma-separated text in UTF-8, a header row first.' },
  },
});

@InputType({
  description:
    'Purchasers and their attendees from a file: one row per attendee, grouped by the ' +
    "organisation's credit code (see the README, Bulk registration, for the columns).",
})
export class ImportPurchasersInput {
  @Field(() => ID, { description: 'Global ID of the delegation.' })
  delegationId!: string;

  @Field(() => SheetFormat, { description: 'How the file is given: XLSX or CSV.' })
  format!: SheetFormat;

  @Field(() => String, { description: 'The file: base64 for XLSX, the text for CSV.' })
  file!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Check everything (the database rules included) and write nothing.',
  })
  dryRun?: boolean | null;
}

@InputType({ description: "The registration site's numbers, matched by credit code." })
export class ImportRegistrationNumbersInput {
  @Field(() => ID, { description: 'Global ID of the delegation.' })
  delegationId!: string;

  @Field(() => SheetFormat, { description: 'How the file is given: XLSX or CSV.' })
  format!: SheetFormat;

  @Field(() => String, {
    description:
      'The file: base64 for XLSX, the text for CSV; columns 统一社会信用代码 (credit_code) and 注册编号 (registration_number), optionally 单位名称.',
  })
  file!: string;
}

@InputType({
  description: "The number the expo's registration site gave an APPROVED or REPORTED purchaser.",
})
export class SetRegistrationNumberInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => String, { nullable: true, description: 'The number; null clears it.' })
  number!: string | null;

  @Field(() => Int, { description: 'The version of the purchaser you saw.' })
  version!: number;
}

@ObjectType({ description: 'What an import of purchasers did (or, on a dry run, would do).' })
export class PurchaserImport {
  @Field(() => Int, { description: 'The purchasers imported (or, on a dry run, that would be).' })
  count!: number;

  @Field(() => Boolean, { description: 'Whether it was a dry run: nothing was written.' })
  dryRun!: boolean;

  @Field(() => [Purchaser], { description: 'The purchasers created (none on a dry run).' })
  purchasers!: Purchaser[];
}

@ObjectType({ description: "The registration export: the file for the expo's registration site." })
export class RegistrationExport {
  @Field(() => String, { description: 'XLSX, base64: one sheet 参会注册, one row per attendee.' })
  file!: string;

  @Field(() => Int, { description: 'How many purchasers the file holds.' })
  purchasers!: number;

  @Field(() => Int, { description: 'How many attendees (rows) the file holds.' })
  attendees!: number;
}

async function purchasersOf(ctx: Context, ids: string[]): Promise<Purchaser[]> {
  forgetChecked(ctx);
  const found = await Promise.all(ids.map((id) => loadCheckedById(ctx, checkedPurchaserById, id)));
  return found.filter((p): p is Purchaser => p !== null);
}

@Resolver()
export class PurchaserBulkResolver {
  @Access([Role.MEMBER_UNIT, Role.SUB_DELEGATION_LEAD, Role.DELEGATION_OFFICE])
  @Mutation(() => PurchaserImport, {
    description:
      'Invites and registers purchasers with their attendees from an XLSX or CSV file, each ' +
      'organisation by the rules of invitePurchaser and registerPurchaser. All or nothing: a bad ' +
      'file is one BAD_USER_INPUT at input.file with extensions.errors, every problem as ' +
      '{ line, column, message }.',
  })
  async importPurchasers(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportPurchasersInput, { description: 'The delegation and the file.' })
    input: ImportPurchasersInput,
  ): Promise<PurchaserImport> {
    const command = {
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      format: input.format,
      file: input.file,
      dryRun: input.dryRun ?? false,
    };
    const { ids, count } = await rootedAt('input', () =>
      importPurchasers(ctx.em(), ctx.viewer, command),
    );
    return { count, dryRun: command.dryRun, purchasers: await purchasersOf(ctx, ids) };
  }

  @Access([Role.DELEGATION_OFFICE, Role.SUB_DELEGATION_LEAD])
  @Query(() => RegistrationExport, {
    description:
      "A delegation's APPROVED and REPORTED purchasers and their attendees as the lead unit " +
      "uploads them to the expo's registration site (参会注册); a lead unit gets its own.",
  })
  exportRegistration(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, { description: 'Global ID of the delegation.' })
    delegationId: string,
  ): Promise<RegistrationExport> {
    return rootedAt('delegationId', () =>
      exportRegistration(ctx, uuidOf(delegationId, 'Delegation', 'delegationId')),
    );
  }

  @Access([Role.DELEGATION_OFFICE])
  @Mutation(() => Purchaser, {
    description:
      'Sets the number the registration site gave an APPROVED or REPORTED purchaser (null clears it).',
  })
  async setRegistrationNumber(
    @Ctx() ctx: Context,
    @Arg('input', () => SetRegistrationNumberInput, {
      description: 'The purchaser, its number and the version you saw.',
    })
    input: SetRegistrationNumberInput,
  ): Promise<Purchaser> {
    const command = {
      purchaserId: uuidOf(input.purchaserId, 'Purchaser', 'input.purchaserId'),
      number: input.number,
      version: input.version,
    };
    const id = await rootedAt('input', () => setRegistrationNumber(ctx.em(), ctx.viewer, command));
    const [purchaser] = await purchasersOf(ctx, [id]);
    if (!purchaser) throw notFound('Purchaser');
    return purchaser;
  }

  @Access([Role.DELEGATION_OFFICE])
  @Mutation(() => [Purchaser], {
    description:
      "Imports the registration site's export: numbers matched to the delegation's APPROVED or " +
      'REPORTED purchasers by credit code. All or nothing: unknown codes and bad rows are one ' +
      'BAD_USER_INPUT at input.file with extensions.errors ({ line, column, message }).',
  })
  async importRegistrationNumbers(
    @Ctx() ctx: Context,
    @Arg('input', () => ImportRegistrationNumbersInput, {
      description: "The delegation and the registration site's file.",
    })
    input: ImportRegistrationNumbersInput,
  ): Promise<Purchaser[]> {
    const command = {
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      format: input.format,
      file: input.file,
    };
    const ids = await rootedAt('input', () =>
      importRegistrationNumbers(ctx.em(), ctx.viewer, command),
    );
    return purchasersOf(ctx, ids);
  }
}
