import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, Policy } from '@welness/platform';
import { APP_VERSION } from './version';

class MetaDto {
  @ApiProperty({ example: 'Welness AI' }) name: string;
  @ApiProperty({ example: '0.1.0' }) version: string;
  @ApiProperty({ enum: ['inline', 'separate'] }) workerMode: string;
  @ApiProperty({ example: 'Food data from Open Food Facts (ODbL), https://world.openfoodfacts.org' })
  attribution: string;
}

@ApiTags('meta')
@Controller('meta')
export class MetaController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Policy('public')
  @ApiOkResponse({ type: MetaDto })
  meta(): MetaDto {
    return {
      name: 'Welness AI',
      version: APP_VERSION,
      workerMode: this.config.WORKER_MODE,
      attribution: 'Food data from Open Food Facts (ODbL), https://world.openfoodfacts.org',
    };
  }
}
