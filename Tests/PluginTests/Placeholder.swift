// The plugin rule tests live in one folder per region plugin.
