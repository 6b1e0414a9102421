import HTTPTypes

/// GetResourceBindableConfig
///
/// 罗列可配置的资源高级设置
///
/// `GET /zstack/v1/resource-configurations/bindable/{category}`, synchronous, authorization required.
///
/// Category: resourceConfig
public nonisolated enum GetResourceBindableConfigByCategory {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetResourceBindableConfigByCategory",
            method: .get,
            pathTemplate: "/zstack/v1/resource-configurations/bindable/{category}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 设置类型
        public let category: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 设置类型
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(category: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.category = category
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
            guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 罗列可配置的资源高级设置的结果
    ///
    /// The same type as ``GetResourceBindableConfig/Response``: the replies have the same fields.
    public typealias Response = GetResourceBindableConfig.Response
}

nonisolated extension ZStackClient {
    /// GetResourceBindableConfig
    ///
    /// 罗列可配置的资源高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/bindable/{category}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - category: 设置类型
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: 罗列可配置的资源高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceBindableConfigByCategory(
        category: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetResourceBindableConfigByCategory.Response {
        try await getResourceBindableConfigByCategory(
            GetResourceBindableConfigByCategory.Request(category: category, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetResourceBindableConfig
    ///
    /// 罗列可配置的资源高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/bindable/{category}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 罗列可配置的资源高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getResourceBindableConfigByCategory(
        _ request: GetResourceBindableConfigByCategory.Request
    ) async throws -> GetResourceBindableConfigByCategory.Response {
        let call = ZStackRequestBuilder(operation: GetResourceBindableConfigByCategory.operation)
        call.setPathParameter("category", to: request.category)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
