import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Policy } from '../http/policy.decorator';
import { PROBLEM_CONTENT_TYPE, problemType } from '../errors/problem';
import { HealthService } from './health.service';

class LiveDto {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({ description: 'seconds since the process started' }) uptimeSeconds: number;
}

class DependencyDto {
  @ApiProperty({ enum: ['postgres', 'redis', 'mongodb'] }) name: string;
  @ApiProperty({ enum: ['up', 'down'] }) status: string;
  @ApiProperty() latencyMs: number;
  @ApiProperty({ required: false }) error?: string;
}

class ReadyDto {
  @ApiProperty({ enum: ['ready', 'unready'] }) status: string;
  @ApiProperty({ type: [DependencyDto] }) checks: DependencyDto[];
}

/** The 503 answer: problem+json that still lists every store. */
class UnreadyProblemDto {
  @ApiProperty({ example: 'https://welness.ai/problems/unready' }) type: string;
  @ApiProperty({ example: 'Service unavailable' }) title: string;
  @ApiProperty({ enum: [503] }) status: 503;
  @ApiProperty({ example: 'Dependency down: redis' }) detail: string;
  @ApiProperty({ type: [DependencyDto] }) checks: DependencyDto[];
}

@ApiTags('health')
@ApiExtraModels(UnreadyProblemDto)
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @Policy('public')
  @HttpCode(200)
  @ApiOkResponse({ type: LiveDto })
  live(): LiveDto {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  @Policy('public')
  @ApiOkResponse({ type: ReadyDto })
  @ApiServiceUnavailableResponse({
    description: 'problem+json naming the failing dependencies',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(UnreadyProblemDto) } } },
  })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadyDto | UnreadyProblemDto> {
    const result = await this.health.readiness();
    if (result.status === 'ready') return result;
    const down = result.checks.filter((c) => c.status === 'down').map((c) => c.name);
    void reply.status(503).header('content-type', PROBLEM_CONTENT_TYPE);
    return {
      type: problemType('unready'),
      title: 'Service unavailable',
      status: 503,
      detail: `Dependency down: ${down.join(', ')}`,
      checks: result.checks,
    };
  }
}
