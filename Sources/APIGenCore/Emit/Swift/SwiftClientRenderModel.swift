/// The values every Swift client template can use, whatever file it renders.
struct SwiftFileHeader {
    /// The API name prefix of generated support types (`ZStack`).
    let prefix: String
    let apiName: String
    /// `public `, `package ` or the empty string (internal), followed by its space.
    let access: String
    /// The same for `import` declarations that re-export types (`public import Foundation`).
    let importAccess: String
}

/// One `///` line; `text` has its leading space, or is empty for a blank comment line.
typealias DocLine = String

/// A runtime support file (`Client/`, `Support/`): static code that only varies by API settings.
struct SwiftRuntimeFileModel {
    let prefix: String
    let apiName: String
    let access: String
    let importAccess: String
    /// `package ` for declarations a split client's category modules use, else empty.
    let runtimeAccess: String
    let errorTypeName: String
    let authorizationHeaderLiteral: String
    /// The authorization value's text between the session's places, escaped for a string literal.
    let authorizationParts: [SwiftListItemModel]
    let authorizationDocExample: String
    let errorStatuses: [SwiftListItemModel]
    /// `api.sessions.invalid-session-codes`, as string literals.
    let invalidSessionCodes: [SwiftListItemModel]
    let hasInvalidSessionCodes: Bool
    let errorFieldLiteral: String
    let acceptedStatus: Int
    let locationFieldLiteral: String
    let timestampFormatLiteral: String
    let timestampAlternativeFormats: [SwiftListItemModel]
    let timestampLocaleLiteral: String
    let timestampTimeZoneLiteral: String
    /// How a query condition writes a timestamp (`api.queries.timestamp-format`).
    let queryTimestampFormatLiteral: String
}

/// A property of a generated record type, with what its initializer and coding keys need. (A record is a final
/// class, so a field may hold its own type, or one that leads back to it, as it is.)
struct SwiftPropertyModel {
    /// The declared identifier, escaped if needed (`` `default` ``).
    let name: String
    /// The Swift type without optionality (`[String]`, `ErrorCode`).
    let type: String
    /// `?` when the property is optional, else empty.
    let optionalMark: String
    let docLines: [DocLine]
    /// The JSON key.
    let wireNameLiteral: String
    /// The property as written after a dot, and the name the initializer's body uses.
    let member: String
    /// The initializer parameter's label: a keyword may label a parameter unescaped.
    let label: String
    /// Whether the initializer parameter defaults to `nil`.
    let isOptionalParameter: Bool
    let isLast: Bool
    /// How `init(from:)` reads it: `optionalValue` when the stored property is optional, else `requiredValue`.
    let decodeMethod: String
}

/// The members a record type (a final class of constant fields) needs: properties, a documented memberwise
/// initializer, `Codable` written out against the runtime's shared coding key, and `==`. Used for named object types,
/// generic replies and each endpoint's `Request` and `Response`.
struct SwiftRecordBodyModel {
    let access: String
    let prefix: String
    /// The type's name as its own members spell it (`Request`, `VmInstanceInventory`): a class's `==` cannot take `Self`.
    let typeName: String
    let properties: [SwiftPropertyModel]
    let hasProperties: Bool
    let initDocLines: [DocLine]
    /// `Hashable` (named object types) rather than only `Equatable` (requests and replies): the struct writes out
    /// `hash(into:)` beside `==`.
    let isHashable: Bool
}

/// `Types/<Name>.swift` for an object type.
struct SwiftObjectFileModel {
    let access: String
    let importAccess: String
    /// For `QueryFields.init(path:)`, which other types' fields call: `package ` in a split client.
    let runtimeAccess: String
    let prefix: String
    /// The core module's import line, in a split client's category modules (at most one).
    let coreImports: [SwiftImportModel]
    let imports: [String]
    let hasImports: Bool
    let name: String
    let docLines: [DocLine]
    let body: SwiftRecordBodyModel
    /// The fields that query conditions compare, for a type that a query endpoint returns; else empty.
    let queryFields: [SwiftQueryFieldModel]
    let hasQueryFields: Bool
    /// The first query field's name, for the doc comment's example.
    let firstQueryField: String
    /// The stored property of `QueryFields` with the names that lead to it from the root, each with a dot
    /// (`pathPrefix`, renamed when a field takes that name).
    let queryPathMember: String
}

/// A generic type that several endpoints' replies name (`typealias Response = InventoryReply<VmInstanceInventory>`).
struct SwiftGenericReplyFileModel {
    let access: String
    let importAccess: String
    let prefix: String
    let imports: [String]
    let hasImports: Bool
    let name: String
    let docLines: [DocLine]
    /// `<Inventory: Codable & Sendable & Equatable>`, laid out by the line groups.
    let parameters: [SwiftListItemModel]
    let body: SwiftRecordBodyModel
}

/// A field of a queried type, as `QueryFields` names it: `var state: ZStackQueryField<Root, VmState>`, or the
/// nested fields of an object field: `var vmNics: VmNicInventory.QueryFields<Root>`.
struct SwiftQueryFieldModel {
    let propertyName: String
    let docLines: [DocLine]
    /// The property's type (`ZStackQueryField<Root, Int64>`, `VmNicInventory.QueryFields<Root>`).
    let typeExpression: String
    /// The property's value, from the stored path prefix (`ZStackQueryField(pathPrefix + "memorySize")`).
    let valueExpression: String
    let isLast: Bool
}

/// The import of a split client's core module: public when the file's public declarations use its types.
struct SwiftImportModel {
    let module: String
    let isPublic: Bool
}

/// `Types/<Name>.swift` for an open enum.
struct SwiftEnumFileModel {
    let access: String
    let prefix: String
    let name: String
    let docLines: [DocLine]
    let cases: [SwiftEnumCaseModel]
    /// The catch-all case for values the spec does not list (`undocumented`).
    let otherCase: String
}

struct SwiftEnumCaseModel {
    let name: String
    /// The case as written after a dot (`.notInstalled`).
    let member: String
    let wireValueLiteral: String
    let docLines: [DocLine]
}

/// `Endpoints/<OperationID>.swift`.
struct SwiftEndpointFileModel {
    let access: String
    let importAccess: String
    let prefix: String
    /// The core module's import line, in a split client's category modules (at most one).
    let coreImports: [SwiftImportModel]
    /// Whether the file imports Foundation (its public `Request` or `Response` holds a `Date`); it always imports HTTPTypes.
    let importsFoundation: Bool
    let namespace: String
    let docLines: [DocLine]
    let operationIDLiteral: String
    let httpMethod: String
    let pathLiteral: String
    let requiresAuthorization: Bool
    let isAsynchronous: Bool
    /// The deprecation message as a string literal, for `@available(*, deprecated, message:)`.
    let deprecationMessageLiteral: String
    let hasDeprecation: Bool
    let request: SwiftRecordBodyModel
    /// The reading endpoint with the same inputs, whose `Request` this one names (`QueryVmInstance`); empty when
    /// this endpoint declares its own.
    let requestOwner: String
    let hasRequestAlias: Bool
    let body: SwiftRequestBodyModel
    let hasBody: Bool
    let response: SwiftRecordBodyModel
    let responseDocLines: [DocLine]
    /// The `Response` of the endpoint with the same reply shape, which this one names (`StartVmInstance.Response`);
    /// empty when this endpoint declares its own.
    let responseAlias: String
    let hasResponseAlias: Bool
    let methodName: String
    /// Whether the client gets the method that takes the inputs as parameters (`flattened-methods`), beside the one that
    /// takes the `Request`.
    let hasFlattenedMethod: Bool
    /// ` = <Namespace>.Request()` after the `request` parameter, when no input is required and no flattened method
    /// takes the call without arguments already; else empty.
    let requestDefault: String
    let methodDocLines: [DocLine]
    let requestMethodDocLines: [DocLine]
    /// What fills the request builder, in order: path parameters, query parameters, headers.
    let builderInputs: [SwiftBuilderInputModel]
    /// The paging helper, for an endpoint that follows `api.queries`; else empty.
    let paging: [SwiftPagingModel]
    /// Whether `paging` has the helper: the endpoint then builds its HTTP call in `call(for:)`, for its method and its pages.
    let hasPaging: Bool
    /// `openSession(_:)`, for a log-in endpoint of `api.sessions`; else empty.
    let sessionOpening: [SwiftSessionOpeningModel]
    /// `closeSession()`, for the log-out endpoint of `api.sessions`; else empty.
    let sessionClosing: [SwiftSessionClosingModel]
}

/// One input set on the request builder.
struct SwiftBuilderInputModel {
    enum Shape { case scalar, list, listMap, scalarMap, object }

    /// The builder method of a scalar (`setPathParameter`, `appendQueryItem`, `setHeaderField`) and its labels.
    let method: String
    let hasNameLabel: Bool
    let nameLabel: String
    let valueLabel: String
    let nameLiteral: String
    /// The `Request` property.
    let member: String
    let isOptional: Bool
    /// What the value is: a scalar, a query list, a map of lists, a map of scalars, or an object sent as `name.key=value`.
    let isScalar: Bool
    let isList: Bool
    let isListMap: Bool
    let isScalarMap: Bool
    let isObject: Bool
    /// How the scalar, or each element, becomes text.
    let conversion: SwiftTextConversionModel
}

/// How a scalar becomes the text of a URL or header: as it is (`String`), its raw value (an enum),
/// in the API's timestamp format, or through string interpolation.
struct SwiftTextConversionModel {
    let isText: Bool
    let isRawValue: Bool
    let isTimestamp: Bool
    let isDescribed: Bool
}

/// The `<method>Items(_:pageSize:)` helper of a query endpoint: every matching item as an `AsyncSequence`.
struct SwiftPagingModel {
    let itemsMethodName: String
    let docLines: [DocLine]
    /// The Swift type of one item (`ZoneInventory`).
    let itemType: String
    /// ` = X.Request()` when every input is optional, else empty.
    let requestDefault: String
    /// The arguments of each page's `X.Request(...)`: the request's own, with the paging ones set.
    let arguments: [SwiftCallArgumentModel]
    /// The page's items from `reply` (`reply.inventories ?? []`).
    let itemsExpression: String
    /// The total from `reply` as an `Int?` (`Self.pageTotal(reply.total)`), or `nil`.
    let totalExpression: String
    /// Whether the item type has `QueryFields`, so the method has a typed-conditions overload.
    let hasQueryFields: Bool
    /// Whether the endpoint has `api.queries.sort`'s parameter, so the typed overload takes `sortedBy:`.
    let hasSort: Bool
    /// Whether the endpoint has `api.queries.fields`' parameter, so the typed overload takes `selecting:`.
    let hasFields: Bool
    let conditionsDocLines: [DocLine]
    /// The doc comment of the endpoint's `call(for:)`, which its method and each page send.
    let callDocLines: [DocLine]
}

/// `openSession(_:)` of a log-in endpoint: calls it and returns a client that sends the new session.
struct SwiftSessionOpeningModel {
    let docLines: [DocLine]
    /// The session id in `reply`, optional (`reply.inventory?.uuid`).
    let sessionIDExpression: String
}

/// `closeSession()` of the log-out endpoint: calls it with the session the client sends.
struct SwiftSessionClosingModel {
    let docLines: [DocLine]
    /// The arguments of its request: the session id, by its input's label.
    let arguments: [SwiftCallArgumentModel]
}

/// One argument of a request that a generated helper builds (a page's, the log-out's): `label: value`.
struct SwiftCallArgumentModel {
    let label: String
    let value: String
    let isLast: Bool
}

/// The JSON body of a request, as the endpoint writes it with the runtime's `JSONBody`: with or without a wrapper.
struct SwiftRequestBodyModel {
    /// No wrapper and no fields: the body is `{}`.
    let isEmpty: Bool
    let hasWrapper: Bool
    /// Fields at the top level (all of them without a wrapper; the outside-wrapper ones with one).
    let topLevel: [SwiftBodyFieldModel]
    let wrapped: [SwiftBodyFieldModel]
    /// False when every field of a wrapped body stays outside the wrapper (`{"wrapper": {}}`).
    let hasWrappedFields: Bool
    let wrapperKeyLiteral: String
}

/// A field of a request body: the request's property that holds it and its JSON key.
struct SwiftBodyFieldModel {
    let member: String
    let wireNameLiteral: String
}

/// The umbrella module's file and `MODULES.md` of a client split per category.
struct SwiftModulesModel {
    let apiName: String
    let importAccess: String
    let umbrella: String
    let core: String
    let categories: [SwiftCategoryModuleModel]
    /// Whether the categories are packed into parts of a bounded size (`max-module-endpoints`).
    let isPacked: Bool
    /// The most endpoints a part holds, when packed.
    let maximumEndpoints: Int
    /// How many named types the core module holds (shared by categories, or by none).
    let coreTypeCount: Int
    let coreLiteral: String
    /// The targets for Package.swift, in build order: the core, each category, the umbrella.
    let targets: [SwiftPackageTargetModel]
    /// What the umbrella module depends on: the core and every category module.
    let umbrellaDependencies: [SwiftListItemModel]
    /// The modules the umbrella file re-exports, in the lexicographic order of imports.
    let exportedModules: [String]
}

/// A `.target(...)` entry of Package.swift for one module of a split client.
struct SwiftPackageTargetModel {
    enum Kind { case core, category, umbrella }

    let nameLiteral: String
    let pathLiteral: String
    let isCore: Bool
    let isCategory: Bool
    let isUmbrella: Bool
}

/// An element of a comma-separated list.
struct SwiftListItemModel {
    let literal: String
    let isLast: Bool
}

struct SwiftCategoryModuleModel {
    let module: String
    /// The top-level category as the specs spell it (`Compute Management`).
    let title: String
    let endpointCount: Int
    let typeCount: Int
}
