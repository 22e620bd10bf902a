import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Policy, ProblemException, isMalformedMultipart } from '@welness/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProductLookupService } from '../lookup/product-lookup.service';
import { ProductScanService } from '../scan/product-scan.service';
import { ProductSearchService } from '../search/product-search.service';
import { OptionalUserId } from './optional-user.decorator';
import { LangQueryDto, SearchProductsQueryDto } from './product-query.dto';
import { ProductDto, ProductPageDto, ScanResultDto } from './product-response.dto';
import { toProductDto } from './product.mapper';
import { JSON_CONTENT_TYPE, productResponseJson } from './product-response.serializer';

const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

@ApiTags('food facts')
@Controller('products')
export class ProductsController {
  constructor(
    private readonly lookup: ProductLookupService,
    private readonly searcher: ProductSearchService,
    private readonly scanner: ProductScanService,
  ) {}

  @Get()
  @Policy('public')
  @ApiOperation({ summary: 'Search the catalogue by name/brand word prefixes, with filters' })
  @ApiOkResponse({ type: ProductPageDto })
  @ApiBadRequestResponse({ description: 'problem+json: invalid filter or cursor' })
  async search(@Query() query: SearchProductsQueryDto, @OptionalUserId() userId?: string): Promise<ProductPageDto> {
    const page = await this.searcher.search(query, userId);
    return {
      items: page.items.map((product) => toProductDto({ product, contributor: page.contributed[product.code] ?? null }, query.lang)),
      nextCursor: page.nextCursor,
    };
  }

  @Post('scan')
  @HttpCode(200)
  @Policy('public')
  @ApiOperation({ summary: 'Decode a barcode photo (JPEG, PNG or WebP, ≤ 10 MB) and look the product up' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['image'], properties: { image: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: ScanResultDto })
  @ApiUnprocessableEntityResponse({ description: 'problem+json: no EAN/UPC barcode could be read, or the image is unreadable' })
  @ApiNotFoundResponse({ description: 'problem+json: decoded, but no product is known under the barcode(s)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'problem+json: not multipart, or not a JPEG/PNG/WebP image' })
  @ApiPayloadTooLargeResponse({ description: 'problem+json: image over 10 MB' })
  async scan(@Req() req: FastifyRequest, @Query() query: LangQueryDto, @OptionalUserId() userId?: string): Promise<ScanResultDto> {
    if (!req.isMultipart()) {
      throw new ProblemException(415, 'multipart-required', 'Unsupported media type', 'Send the image as multipart/form-data.');
    }
    const file = await req.file({ limits: { fileSize: MAX_IMAGE_BYTES, files: 1 } });
    if (!file) throw new ProblemException(400, 'image-required', 'Bad request', 'The form has no image file.');
    let image: Buffer;
    try {
      image = await file.toBuffer();
    } catch (err) {
      // A form cut off mid-image is the client's malformed body (400), not an oversized one.
      if (isMalformedMultipart(err)) throw err;
      throw new ProblemException(413, 'image-too-large', 'Image too large', 'Images are limited to 10 MB.');
    }
    const outcome = await this.scanner.scan(image, file.mimetype, userId);
    return { barcode: outcome.barcode, decoded: outcome.decoded, product: toProductDto(outcome.product, query.lang) };
  }

  @Get(':barcode')
  @Policy('public')
  @ApiOperation({ summary: 'Product by barcode (EAN-13, EAN-8, UPC-A, UPC-E, GTIN-14)' })
  @ApiParam({ name: 'barcode', example: '3017620422003' })
  @ApiOkResponse({ type: ProductDto })
  @ApiBadRequestResponse({ description: 'problem+json (type …/invalid-barcode): not 8–24 digits, with the reason' })
  @ApiNotFoundResponse({ description: 'problem+json (type …/product-not-found)' })
  async byBarcode(
    @Param('barcode') barcode: string,
    @Query() query: LangQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @OptionalUserId() userId?: string,
  ): Promise<string> {
    // The hottest route: the ProductDto body is serialized once per cached product, not per request.
    const body = productResponseJson(await this.lookup.findByBarcode(barcode, userId), query.lang);
    void reply.type(JSON_CONTENT_TYPE);
    return body;
  }
}
