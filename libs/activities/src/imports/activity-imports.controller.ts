import type {} from '@fastify/multipart';
import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, Policy, SubjectUserId, badRequest } from '@welness/platform';
import type { FastifyRequest } from 'fastify';
import { ActivityImport } from './activity-import.entity';
import { ActivityImportDto, CsvUploadDto } from './activity-imports.dto';
import { ActivityImportsService } from './activity-imports.service';

const view = ({ filePath: _f, userId: _u, ...rest }: ActivityImport): ActivityImportDto => rest;

@ApiTags('activities')
@Controller('activities/imports')
export class ActivityImportsController {
  constructor(
    private readonly imports: ActivityImportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // 202: the upload is stored and queued; the job's progress is read from GET /imports/{id}.
  @Post('csv')
  @HttpCode(202)
  @Policy('owner')
  @ApiAcceptedResponse({ type: ActivityImportDto })
  async csv(@SubjectUserId() userId: string, @Body() dto: CsvUploadDto): Promise<ActivityImportDto> {
    return view(await this.imports.startCsv(userId, dto.csv));
  }

  @Post('apple-health')
  @HttpCode(202)
  @Policy('owner')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'Apple Health export.zip (as shared from the Health app) or its export.xml',
        },
      },
    },
  })
  @ApiAcceptedResponse({ type: ActivityImportDto })
  async appleHealth(@SubjectUserId() userId: string, @Req() req: FastifyRequest): Promise<ActivityImportDto> {
    if (!req.isMultipart())
      throw badRequest(
        'multipart-required',
        'Upload export.zip or export.xml as multipart/form-data (field "file").',
      );
    const part = await req.file({ limits: { fileSize: this.config.ACTIVITY_IMPORT_MAX_BYTES, files: 1 } });
    if (!part) throw badRequest('file-required', 'No file in the upload.');
    return view(await this.imports.startAppleHealth(userId, part.file));
  }

  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: [ActivityImportDto] })
  async list(@SubjectUserId() userId: string): Promise<ActivityImportDto[]> {
    return (await this.imports.list(userId)).map(view);
  }

  @Get(':id')
  @Policy('owner')
  @ApiOkResponse({ type: ActivityImportDto })
  async get(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ActivityImportDto> {
    return view(await this.imports.get(userId, id));
  }
}
