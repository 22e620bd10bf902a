import { exposedNames, metricNames } from './promql';

describe('metricNames (PromQL)', () => {
  it('finds selectors and skips functions, labels, grouping, windows, strings and keywords', () => {
    const expr =
      'histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket{route!="/health/ready", status=~"5.."}[5m]))) ' +
      '/ clamp_min(sum without (instance) (rate(foo_total[$__rate_interval])), 1e-9) > 0.02 and on () (max(bar) or vector(0)) == bool 1';
    expect(metricNames(expr).sort()).toEqual(['bar', 'foo_total', 'http_request_duration_seconds_bucket']);
  });

  it('keeps recording-rule names and bare selectors', () => {
    expect(metricNames('route:http_requests:rate5m')).toEqual(['route:http_requests:rate5m']);
    expect(metricNames('up{job="welness-api"} == 0')).toEqual(['up']);
  });
});

describe('exposedNames', () => {
  it('adds histogram series suffixes', () => {
    const names = exposedNames('# HELP a x\n# TYPE a histogram\n# TYPE b_total counter\n');
    expect([...names].sort()).toEqual(['a', 'a_bucket', 'a_count', 'a_sum', 'b_total']);
  });
});
