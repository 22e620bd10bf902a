import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/*
 * `terraform fmt -check` over infra/ wherever a terraform binary is installed. `terraform validate`
 * and `terraform test` need the AWS provider from the registry, which these machines cannot reach:
 * they run in .github/workflows/deploy.yml instead (checked by deploy-workflow.spec.ts).
 */
const infra = resolve(__dirname, '../../../../infra');
const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0 ? 'terraform' : undefined;

describe('Terraform formatting', () => {
  it('infra/ is `terraform fmt` clean', (ctx) => {
    if (!terraform) return ctx.skip('no terraform binary on PATH');
    try {
      execFileSync(terraform, ['fmt', '-check', '-recursive', '-diff', '-no-color', infra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const e = err as { stdout?: string; message: string };
      throw new Error(`terraform fmt -check -recursive infra found unformatted files (run terraform fmt -recursive infra):\n${e.stdout ?? e.message}`, { cause: err });
    }
  });
});
