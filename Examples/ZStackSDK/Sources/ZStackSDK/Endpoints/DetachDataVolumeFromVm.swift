import HTTPTypes

/// DetachDataVolumeFromVm
///
/// 从云主机上卸载云盘
///
/// `DELETE /zstack/v1/volumes/{uuid}/vm-instances`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum DetachDataVolumeFromVm {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DetachDataVolumeFromVm",
            method: .delete,
            pathTemplate: "/zstack/v1/volumes/{uuid}/vm-instances",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘的UUID，唯一标示该资源
        public let uuid: String

        /// 云主机的UUID
        public let vmUuid: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云盘的UUID，唯一标示该资源
        ///   - vmUuid: 云主机的UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        public init(uuid: String, vmUuid: String? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.vmUuid = vmUuid
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
            guard ZStackFieldwise.same(lhs.vmUuid, rhs.vmUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 云盘清单
    ///
    /// An ``InventoryReply`` of ``VolumeInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 被卸载的云盘清单
    public typealias Response = InventoryReply<VolumeInventory>
}

nonisolated extension ZStackClient {
    /// DetachDataVolumeFromVm
    ///
    /// 从云主机上卸载云盘
    ///
    /// `DELETE /zstack/v1/volumes/{uuid}/vm-instances`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云盘的UUID，唯一标示该资源
    ///   - vmUuid: 云主机的UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachDataVolumeFromVm(
        uuid: String,
        vmUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DetachDataVolumeFromVm.Response {
        try await detachDataVolumeFromVm(
            DetachDataVolumeFromVm.Request(uuid: uuid, vmUuid: vmUuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// DetachDataVolumeFromVm
    ///
    /// 从云主机上卸载云盘
    ///
    /// `DELETE /zstack/v1/volumes/{uuid}/vm-instances`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func detachDataVolumeFromVm(
        _ request: DetachDataVolumeFromVm.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DetachDataVolumeFromVm.Response {
        let call = ZStackRequestBuilder(operation: DetachDataVolumeFromVm.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItem("vmUuid", value: request.vmUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
