import HTTPTypes

/// GetResourceNames
///
/// 输入资源的UUID可以获得该资源的名称，例如知道虚拟机的UUID，用于获得虚拟机名称。该API的特点在在于无需知道某个UUID具体代表什么资源，易于UI用作UUID到名称的翻译
///
/// `GET /zstack/v1/resources/names`, synchronous, authorization required.
///
/// Category: identity
public nonisolated enum GetResourceNames {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetResourceNames",
            method: .get,
            pathTemplate: "/zstack/v1/resources/names",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID列表
        public let uuids: [String]

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuids: 资源的UUID列表
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuids: [String], systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuids = uuids
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.uuids, rhs.uuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoriesReply`` of ``ResourceInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventories`: 资源结构，包含UUID、名称和类型字段
    public typealias Response = InventoriesReply<ResourceInventory>
}

nonisolated extension ZStackClient {
    /// GetResourceNames
    ///
    /// 输入资源的UUID可以获得该资源的名称，例如知道虚拟机的UUID，用于获得虚拟机名称。该API的特点在在于无需知道某个UUID具体代表什么资源，易于UI用作UUID到名称的翻译
    ///
    /// `GET /zstack/v1/resources/names`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuids: 资源的UUID列表
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceNames(
        uuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetResourceNames.Response {
        try await getResourceNames(
            GetResourceNames.Request(uuids: uuids, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetResourceNames
    ///
    /// 输入资源的UUID可以获得该资源的名称，例如知道虚拟机的UUID，用于获得虚拟机名称。该API的特点在在于无需知道某个UUID具体代表什么资源，易于UI用作UUID到名称的翻译
    ///
    /// `GET /zstack/v1/resources/names`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceNames(
        _ request: GetResourceNames.Request
    ) async throws -> GetResourceNames.Response {
        let call = ZStackRequestBuilder(operation: GetResourceNames.operation)
        call.appendQueryItems("uuids", values: request.uuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
