import HTTPTypes

/// UpdateVmNicDriver
///
/// 更改网卡驱动
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum UpdateVmNicDriver {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateVmNicDriver",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// 云主机网卡UUID
        public let vmNicUuid: String

        /// The `driverType` field.
        public let driverType: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - driverType: The `driverType` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            vmInstanceUuid: String,
            vmNicUuid: String,
            driverType: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.vmNicUuid = vmNicUuid
            self.driverType = driverType
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
            guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
            guard ZStackFieldwise.same(lhs.driverType, rhs.driverType) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更改网卡驱动返回
    ///
    /// An ``InventoryReply`` of ``VmNicInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<VmNicInventory>
}

nonisolated extension ZStackClient {
    /// UpdateVmNicDriver
    ///
    /// 更改网卡驱动
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - driverType: The `driverType` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改网卡驱动返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmNicDriver(
        vmInstanceUuid: String,
        vmNicUuid: String,
        driverType: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmNicDriver.Response {
        try await updateVmNicDriver(
            UpdateVmNicDriver.Request(
                vmInstanceUuid: vmInstanceUuid,
                vmNicUuid: vmNicUuid,
                driverType: driverType,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateVmNicDriver
    ///
    /// 更改网卡驱动
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改网卡驱动返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmNicDriver(
        _ request: UpdateVmNicDriver.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmNicDriver.Response {
        let call = ZStackRequestBuilder(operation: UpdateVmNicDriver.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateVmNicDriver") { wrapped in
                try wrapped.encodeValue(request.vmNicUuid, forKey: "vmNicUuid")
                try wrapped.encodeValue(request.driverType, forKey: "driverType")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
