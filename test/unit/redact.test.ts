import { describe, expect, it } from 'vitest';
import { redactText, safeError } from '../../server/src/ops/redact.js';

describe('what logs keep of an error', () => {
  it('masks the values a MikroORM message inlines, and keeps the names of the schema', () => {
    const message =
      `insert into "person" ("name", "phone", "email", "id_number") values ('张伟', '13912345678', 'zhang.wei@example.cn', '63010219900101123X') ` +
      `- duplicate key value violates unique constraint "person_phone_key"`;
    const masked = redactText(message);
    for (const secret of ['张伟', '13912345678', 'zhang.wei', '63010219900101123X']) {
      expect(masked).not.toContain(secret);
    }
    expect(masked).toContain('constraint "person_phone_key"');
  });

  it('masks what PostgreSQL quotes, numbers, e-mail addresses and tokens', () => {
    expect(redactText('invalid input syntax for type uuid: "0971-6305125"')).toBe(
      'invalid input syntax for type uuid: "?"',
    );
    expect(redactText('Key (phone)=(+86 139 1234 5678) already exists.')).toBe(
      'Key (phone)=(?) already exists.',
    );
    expect(redactText('call 139-1234-5678 or mail li@example.org')).toBe(
      'call [number] or mail [email]',
    );
    expect(redactText('Bearer abc.def.ghi')).toBe('Bearer [token]');
    expect(redactText('token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature')).toBe(
      'token [token]',
    );
    // what is not personal stays readable
    expect(redactText('applied migrations: Migration20261128000003_recruitment')).toBe(
      'applied migrations: Migration20261128000003_recruitment',
    );
    expect(redactText('relation "deal" does not exist')).toBe('relation "deal" does not exist');
  });

  it('keeps kind, codes and a masked stack, and leaves out detail', () => {
    const error = Object.assign(new Error('value "13912345678" is out of range'), {
      code: '22003',
      constraint: 'person_phone_check',
      detail: 'Failing row contains (13912345678).',
    });
    const safe = safeError(error);
    expect(safe).toMatchObject({ type: 'Error', code: '22003', constraint: 'person_phone_check' });
    expect(JSON.stringify(safe)).not.toContain('13912345678');
    expect(safe).not.toHaveProperty('detail');
  });
});
