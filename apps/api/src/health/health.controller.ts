import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { ReplicaHealth, RoutedDataSource, onPrimary } from '@renmian/database';

type HealthReport = HealthCheckResult & { replicas?: ReplicaHealth[] };

/**
 * `GET /health`: 200 with the database up, 503 naming what is down. The pool reconnects by itself,
 * so the same endpoint reports the recovery without a restart. With read replicas, each standby is
 * listed with its state and lag as last checked; a standby down does not make the service
 * unhealthy (its reads go elsewhere), only the primary does.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly ds: DataSource,
  ) {}

  @Get()
  @HealthCheck()
  async check(): Promise<HealthReport> {
    const replicas = this.ds instanceof RoutedDataSource ? this.ds.replicas?.health() : undefined;
    try {
      // The ping is a SELECT: it must reach the primary, not be routed like a page's read.
      const result = await onPrimary(() => this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]));
      return replicas ? { ...result, replicas } : result;
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException) || !replicas) throw e;
      throw new ServiceUnavailableException({ ...(e.getResponse() as object), replicas });
    }
  }
}
