import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { TrendPoint } from '@welness/nutrition';
import {
  AddMeasurementDto,
  CsvImportDto,
  CsvImportResultDto,
  LogWeightDto,
  MeasurementDto,
  MeasurementQueryDto,
  RangeQueryDto,
  TrendPointDto,
  WeightDto,
} from './body-metrics.dto';
import { BodyMetricsService, CsvImportResult } from './body-metrics.service';

@ApiTags('body')
@Controller('body')
export class BodyMetricsController {
  constructor(private readonly body: BodyMetricsService) {}

  @Post('weights')
  @Policy('owner')
  @ApiCreatedResponse({ type: WeightDto })
  logWeight(@SubjectUserId() userId: string, @Body() dto: LogWeightDto): Promise<WeightDto> {
    return this.body.logWeight(userId, dto);
  }

  @Get('weights')
  @Policy('owner')
  @ApiOkResponse({ type: [WeightDto] })
  weights(@SubjectUserId() userId: string, @Query() q: RangeQueryDto): Promise<WeightDto[]> {
    return this.body.weights(userId, q.from, q.to);
  }

  @Get('weights/trend')
  @Policy('owner')
  @ApiOkResponse({ type: [TrendPointDto] })
  trend(@SubjectUserId() userId: string, @Query() q: RangeQueryDto): Promise<TrendPoint[]> {
    return this.body.trend(userId, q.from, q.to);
  }

  @Delete('weights/:id')
  @Policy('owner')
  @HttpCode(204)
  async deleteWeight(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.body.deleteWeight(userId, id);
  }

  @Post('measurements')
  @Policy('owner')
  @ApiCreatedResponse({ type: [MeasurementDto] })
  addMeasurement(@SubjectUserId() userId: string, @Body() dto: AddMeasurementDto): Promise<MeasurementDto[]> {
    return this.body.addMeasurement(userId, dto);
  }

  @Get('measurements')
  @Policy('owner')
  @ApiOkResponse({ type: [MeasurementDto] })
  measurements(@SubjectUserId() userId: string, @Query() q: MeasurementQueryDto): Promise<MeasurementDto[]> {
    return this.body.measurements(userId, q.name);
  }

  @Delete('measurements/:id')
  @Policy('owner')
  @HttpCode(204)
  async deleteMeasurement(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.body.deleteMeasurement(userId, id);
  }

  // A report of what was read; the rows it stored are listed by GET /weights and /measurements.
  @Post('import')
  @HttpCode(200)
  @Policy('owner')
  @ApiOkResponse({ type: CsvImportResultDto })
  importCsv(@SubjectUserId() userId: string, @Body() dto: CsvImportDto): Promise<CsvImportResult> {
    return this.body.importCsv(userId, dto.csv);
  }

  @Get('export.csv')
  @Policy('owner')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  exportCsv(@SubjectUserId() userId: string): Promise<string> {
    return this.body.exportCsv(userId);
  }
}

@ApiTags('coach')
@Controller('clients/:userId/body')
export class ClientBodyMetricsController {
  constructor(private readonly body: BodyMetricsService) {}

  @Get('weights')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: [WeightDto] })
  weights(@SubjectUserId() userId: string, @Query() q: RangeQueryDto): Promise<WeightDto[]> {
    return this.body.weights(userId, q.from, q.to);
  }

  @Get('weights/trend')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: [TrendPointDto] })
  trend(@SubjectUserId() userId: string, @Query() q: RangeQueryDto): Promise<TrendPoint[]> {
    return this.body.trend(userId, q.from, q.to);
  }
}
