import * as migration_20261130_100213_initial from './20261130_100213_initial';

export const migrations = [
  {
    up: migration_20261130_100213_initial.up,
    down: migration_20261130_100213_initial.down,
    name: '20261130_100213_initial'
  },
];
