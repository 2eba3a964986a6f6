import * as migration_20261130_100204_initial from './20261130_100204_initial';

export const migrations = [
  {
    up: migration_20261130_100204_initial.up,
    down: migration_20261130_100204_initial.down,
    name: '20261130_100204_initial'
  },
];
