import type { Logger } from '../logger.js';
import type { Store } from '../store/open-store.js';
import { configuredChannels } from './alert-channels.js';
import { DEFAULT_MONITORING, type MonitoringConfig } from './monitoring-config.js';
import { ScreenMonitor, type ScreenMonitorOptions } from './screen-monitor.js';

/** The monitor with defaults filled in and the alert channels the configuration turns on. */
export function createMonitor(options: {
  store: Store;
  logger: Logger;
  clock: () => number;
  config?: Partial<MonitoringConfig> | undefined;
  currentVersions: ScreenMonitorOptions['currentVersions'];
}): ScreenMonitor {
  const config = { ...DEFAULT_MONITORING, ...options.config };
  return new ScreenMonitor({
    store: options.store,
    logger: options.logger,
    clock: options.clock,
    config,
    currentVersions: options.currentVersions,
    channels: configuredChannels(config),
  });
}
