import HTTPTypes

/// 设置云主机的显存(SetVmQxlMemory)
///
/// 设置云主机的显存大小，当云主机的显卡类型为qxl时生效
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmQxlMemory {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "SetVmQxlMemory",
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

        /// 默认值为65536
        public let ram: Int?

        /// 默认值为32768
        public let vram: Int?

        /// 默认值为16384
        public let vgamem: Int?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - ram: 默认值为65536
        ///   - vram: 默认值为32768
        ///   - vgamem: 默认值为16384
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            ram: Int? = nil,
            vram: Int? = nil,
            vgamem: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.ram = ram
            self.vram = vram
            self.vgamem = vgamem
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
            guard ZStackFieldwise.same(lhs.ram, rhs.ram) else { return false }
            guard ZStackFieldwise.same(lhs.vram, rhs.vram) else { return false }
            guard ZStackFieldwise.same(lhs.vgamem, rhs.vgamem) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 设置云主机显存返回结果
    ///
    /// The same type as ``RemoveSdnController/Response``: the replies have the same fields.
    public typealias Response = RemoveSdnController.Response
}

nonisolated extension ZStackClient {
    /// 设置云主机的显存(SetVmQxlMemory)
    ///
    /// 设置云主机的显存大小，当云主机的显卡类型为qxl时生效
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - ram: 默认值为65536
    ///   - vram: 默认值为32768
    ///   - vgamem: 默认值为16384
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机显存返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmQxlMemory(
        uuid: String,
        ram: Int? = nil,
        vram: Int? = nil,
        vgamem: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmQxlMemory.Response {
        try await setVmQxlMemory(
            SetVmQxlMemory.Request(
                uuid: uuid,
                ram: ram,
                vram: vram,
                vgamem: vgamem,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 设置云主机的显存(SetVmQxlMemory)
    ///
    /// 设置云主机的显存大小，当云主机的显卡类型为qxl时生效
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机显存返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmQxlMemory(
        _ request: SetVmQxlMemory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmQxlMemory.Response {
        let call = ZStackRequestBuilder(operation: SetVmQxlMemory.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "setVmQxlMemory") { wrapped in
                try wrapped.encodeValue(request.ram, forKey: "ram")
                try wrapped.encodeValue(request.vram, forKey: "vram")
                try wrapped.encodeValue(request.vgamem, forKey: "vgamem")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
