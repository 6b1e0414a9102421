import HTTPTypes

/// GetExternalServices
///
/// 获取External Services
///
/// `GET /zstack/v1/external/services`, synchronous, authorization required.
///
/// Category: externalService
public nonisolated enum GetExternalServices {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetExternalServices",
            method: .get,
            pathTemplate: "/zstack/v1/external/services",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取External Services的返回
    ///
    /// An ``InventoriesReply`` of ``ExternalServiceInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoriesReply<ExternalServiceInventory>
}

nonisolated extension ZStackClient {
    /// GetExternalServices
    ///
    /// 获取External Services
    ///
    /// `GET /zstack/v1/external/services`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取External Services的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getExternalServices(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetExternalServices.Response {
        try await getExternalServices(
            GetExternalServices.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetExternalServices
    ///
    /// 获取External Services
    ///
    /// `GET /zstack/v1/external/services`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取External Services的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getExternalServices(
        _ request: GetExternalServices.Request
    ) async throws -> GetExternalServices.Response {
        let call = ZStackRequestBuilder(operation: GetExternalServices.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
