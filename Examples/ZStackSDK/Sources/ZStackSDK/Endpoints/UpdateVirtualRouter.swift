import HTTPTypes

/// 更新虚拟路由器(UpdateVirtualRouter)
///
/// 更新虚拟路由器
///
/// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
/// required.
///
/// Category: 虚拟路由器
public nonisolated enum UpdateVirtualRouter {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateVirtualRouter",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let vmInstanceUuid: String

        /// The `defaultRouteL3NetworkUuid` field.
        public let defaultRouteL3NetworkUuid: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 资源的UUID，唯一标示该资源
        ///   - defaultRouteL3NetworkUuid: The `defaultRouteL3NetworkUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            vmInstanceUuid: String,
            defaultRouteL3NetworkUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.defaultRouteL3NetworkUuid = defaultRouteL3NetworkUuid
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
            guard ZStackFieldwise.same(
                lhs.defaultRouteL3NetworkUuid,
                rhs.defaultRouteL3NetworkUuid
            ) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更新虚拟路由器
    ///
    /// An ``InventoryReply`` of ``VirtualRouterVmInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<VirtualRouterVmInventory>
}

nonisolated extension ZStackClient {
    /// 更新虚拟路由器(UpdateVirtualRouter)
    ///
    /// 更新虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 资源的UUID，唯一标示该资源
    ///   - defaultRouteL3NetworkUuid: The `defaultRouteL3NetworkUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新虚拟路由器
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVirtualRouter(
        vmInstanceUuid: String,
        defaultRouteL3NetworkUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVirtualRouter.Response {
        try await updateVirtualRouter(
            UpdateVirtualRouter.Request(
                vmInstanceUuid: vmInstanceUuid,
                defaultRouteL3NetworkUuid: defaultRouteL3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新虚拟路由器(UpdateVirtualRouter)
    ///
    /// 更新虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新虚拟路由器
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVirtualRouter(
        _ request: UpdateVirtualRouter.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVirtualRouter.Response {
        let call = ZStackRequestBuilder(operation: UpdateVirtualRouter.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateVirtualRouter") { wrapped in
                try wrapped.encodeValue(request.defaultRouteL3NetworkUuid, forKey: "defaultRouteL3NetworkUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
