import * as migration_20261130_113004_initial from './20261130_113004_initial';

export const migrations = [
  {
    up: migration_20261130_113004_initial.up,
    down: migration_20261130_113004_initial.down,
    name: '20261130_113004_initial'
  },
];
