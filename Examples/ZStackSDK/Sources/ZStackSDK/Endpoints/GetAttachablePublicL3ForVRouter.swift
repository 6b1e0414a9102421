import HTTPTypes

/// 获取云路由可加载外部网络(GetAttachablePublicL3ForVRouter)
///
/// 获取云路由可加载的公网和系统网络，将自动排除到地址冲突的网络
///
/// `GET /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/attachable-public-l3s`, synchronous,
/// authorization required.
///
/// Category: 云路由
public nonisolated enum GetAttachablePublicL3ForVRouter {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetAttachablePublicL3ForVRouter",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/attachable-public-l3s",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云路由的UUID
        public let vmInstanceUuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云路由的UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoriesReply`` of ``L3NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<L3NetworkInventory>
}

nonisolated extension ZStackClient {
    /// 获取云路由可加载外部网络(GetAttachablePublicL3ForVRouter)
    ///
    /// 获取云路由可加载的公网和系统网络，将自动排除到地址冲突的网络
    ///
    /// `GET /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/attachable-public-l3s`, synchronous,
    /// authorization required.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云路由的UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getAttachablePublicL3ForVRouter(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetAttachablePublicL3ForVRouter.Response {
        try await getAttachablePublicL3ForVRouter(
            GetAttachablePublicL3ForVRouter.Request(
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取云路由可加载外部网络(GetAttachablePublicL3ForVRouter)
    ///
    /// 获取云路由可加载的公网和系统网络，将自动排除到地址冲突的网络
    ///
    /// `GET /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/attachable-public-l3s`, synchronous,
    /// authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getAttachablePublicL3ForVRouter(
        _ request: GetAttachablePublicL3ForVRouter.Request
    ) async throws -> GetAttachablePublicL3ForVRouter.Response {
        let call = ZStackRequestBuilder(operation: GetAttachablePublicL3ForVRouter.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
