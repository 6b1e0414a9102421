// The Fixture client, split into modules by category: importing FixtureSplit imports them all.
@_exported public import FixtureSplitCompute
@_exported public import FixtureSplitCore
@_exported public import FixtureSplitFixtures
@_exported public import FixtureSplitIdentity
@_exported public import FixtureSplitResourcePool
