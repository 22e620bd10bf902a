import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy } from '@welness/platform';
import { UserProductsService } from '../user-products/user-products.service';
import { LangQueryDto } from './product-query.dto';
import { ProductDto } from './product-response.dto';
import { toProductDto } from './product.mapper';
import { CreateUserProductDto, UserProductListDto } from './user-product.dto';

@ApiTags('food facts')
@ApiBearerAuth()
@Controller('products')
export class UserProductsController {
  constructor(private readonly userProducts: UserProductsService) {}

  @Post()
  @Policy('authenticated')
  @ApiOperation({ summary: 'Add (or replace) your own product for a barcode the catalogue does not know' })
  @ApiCreatedResponse({ type: ProductDto })
  async create(@Body() body: CreateUserProductDto, @CurrentUser() user: AuthenticatedUser, @Query() query: LangQueryDto): Promise<ProductDto> {
    return toProductDto(await this.userProducts.save(user.id, body), query.lang);
  }

  @Get('contributions')
  @Policy('authenticated')
  @ApiOperation({ summary: 'Products you added' })
  @ApiOkResponse({ type: UserProductListDto })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<UserProductListDto> {
    return { items: (await this.userProducts.listOwn(user.id)).map((p) => toProductDto(p)) };
  }

  @Delete('contributions/:barcode')
  @HttpCode(204)
  @Policy('authenticated')
  @ApiOperation({ summary: 'Remove a product you added' })
  @ApiNoContentResponse()
  async remove(@Param('barcode') barcode: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.userProducts.remove(user.id, barcode);
  }
}
