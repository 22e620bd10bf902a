import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy } from '@welness/platform';
import { ImportsService } from '../imports/imports.service';
import { ImportDto, ImportPageDto, ListImportsQueryDto, StartImportDto, toImportDto } from './import.dto';

@ApiTags('admin: food facts imports')
@ApiBearerAuth()
@Controller('admin/imports')
export class AdminImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(202)
  @Policy('admin')
  @ApiOperation({ summary: 'Start (or resume) an Open Food Facts import; runs on the worker' })
  @ApiAcceptedResponse({ type: ImportDto })
  async start(@Body() body: StartImportDto, @CurrentUser() user: AuthenticatedUser): Promise<ImportDto> {
    const source = await this.imports.resolveApiSource(body.source);
    return toImportDto(await this.imports.start(source, body.format, user.id));
  }

  @Get()
  @Policy('admin')
  @ApiOperation({ summary: 'Imports, newest first' })
  @ApiOkResponse({ type: ImportPageDto })
  async list(@Query() query: ListImportsQueryDto): Promise<ImportPageDto> {
    const page = await this.imports.list(query.limit ?? 20, query.cursor);
    return { items: page.items.map(toImportDto), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Policy('admin')
  @ApiOperation({ summary: 'Progress, counters and rejects of one import' })
  @ApiOkResponse({ type: ImportDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ImportDto> {
    return toImportDto(await this.imports.get(id));
  }
}
