import HTTPTypes

/// SetVmInstanceDefaultCdRom
///
/// 设置云主机默认CDROM
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/cdroms/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmInstanceDefaultCdRom {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "SetVmInstanceDefaultCdRom",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/cdroms/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 云主机UUID
        public let vmInstanceUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - vmInstanceUuid: 云主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 设置云主机默认CDROM返回
    ///
    /// An ``InventoryReply`` of ``VmCdRomInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<VmCdRomInventory>
}

nonisolated extension ZStackClient {
    /// SetVmInstanceDefaultCdRom
    ///
    /// 设置云主机默认CDROM
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/cdroms/{uuid}/actions`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机默认CDROM返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmInstanceDefaultCdRom(
        uuid: String,
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmInstanceDefaultCdRom.Response {
        try await setVmInstanceDefaultCdRom(
            SetVmInstanceDefaultCdRom.Request(
                uuid: uuid,
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// SetVmInstanceDefaultCdRom
    ///
    /// 设置云主机默认CDROM
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/cdroms/{uuid}/actions`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机默认CDROM返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmInstanceDefaultCdRom(
        _ request: SetVmInstanceDefaultCdRom.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmInstanceDefaultCdRom.Response {
        let call = ZStackRequestBuilder(operation: SetVmInstanceDefaultCdRom.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "setVmInstanceDefaultCdRom") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
