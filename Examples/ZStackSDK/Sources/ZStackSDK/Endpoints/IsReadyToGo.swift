import HTTPTypes

/// IsReadyToGo
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/management-nodes/ready`, synchronous, no authorization.
///
/// Category: other
public nonisolated enum IsReadyToGo {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "IsReadyToGo",
            method: .get,
            pathTemplate: "/zstack/v1/management-nodes/ready",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `managementNodeId` field.
        public let managementNodeId: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - managementNodeId: The `managementNodeId` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(managementNodeId: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.managementNodeId = managementNodeId
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
            guard ZStackFieldwise.same(lhs.managementNodeId, rhs.managementNodeId) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// IsReadyToGo
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/management-nodes/ready`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - managementNodeId: The `managementNodeId` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func isReadyToGo(
        managementNodeId: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> IsReadyToGo.Response {
        try await isReadyToGo(
            IsReadyToGo.Request(managementNodeId: managementNodeId, systemTags: systemTags, userTags: userTags)
        )
    }

    /// IsReadyToGo
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/management-nodes/ready`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func isReadyToGo(
        _ request: IsReadyToGo.Request
    ) async throws -> IsReadyToGo.Response {
        let call = ZStackRequestBuilder(operation: IsReadyToGo.operation)
        call.appendQueryItem("managementNodeId", value: request.managementNodeId)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
