import HTTPTypes

/// 停止云主机(StopVmInstance)
///
/// 停止一个云主机
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum StopVmInstance {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "StopVmInstance",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let uuid: String

        /// 停止云主机的方式。`grace`：优雅关机，需要云主机里安装了相关ACPI驱动；`cold`：冷关机，相当于直接断电
        public let type: StopVmInstanceTypeValue?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 彻底关闭HA云主机
        public let stopHA: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - type: 停止云主机的方式。`grace`：优雅关机，需要云主机里安装了相关ACPI驱动；`cold`：冷关机，相当于直接断电
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - stopHA: 彻底关闭HA云主机
        public init(
            uuid: String,
            type: StopVmInstanceTypeValue? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            stopHA: String? = nil
        ) {
            self.uuid = uuid
            self.type = type
            self.systemTags = systemTags
            self.userTags = userTags
            self.stopHA = stopHA
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.stopHA, rhs.stopHA)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// 停止云主机(StopVmInstance)
    ///
    /// 停止一个云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - type: 停止云主机的方式。`grace`：优雅关机，需要云主机里安装了相关ACPI驱动；`cold`：冷关机，相当于直接断电
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - stopHA: 彻底关闭HA云主机
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func stopVmInstance(
        uuid: String,
        type: StopVmInstanceTypeValue? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        stopHA: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> StopVmInstance.Response {
        try await stopVmInstance(
            StopVmInstance.Request(uuid: uuid, type: type, systemTags: systemTags, userTags: userTags, stopHA: stopHA),
            polling: polling
        )
    }

    /// 停止云主机(StopVmInstance)
    ///
    /// 停止一个云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func stopVmInstance(
        _ request: StopVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> StopVmInstance.Response {
        let call = ZStackRequestBuilder(operation: StopVmInstance.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "stopVmInstance") { wrapped in
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.stopHA, forKey: "stopHA")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
