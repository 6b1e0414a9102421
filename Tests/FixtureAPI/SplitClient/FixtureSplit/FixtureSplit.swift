// The Fixture client, split into modules by category: importing FixtureSplit imports them all.
@_exported public import FixtureSplitCore
@_exported public import FixtureSplitResourcePool
@_exported public import FixtureSplitSmallCategories
