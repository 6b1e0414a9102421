import HTTPTypes

/// 设置云主机虚拟声卡类型(SetVmSoundType)
///
/// 指定一个云主机的虚拟声卡类型
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmSoundType {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "SetVmSoundType",
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

        /// 虚拟声卡类型，默认为ich6
        public let soundType: SetVmSoundTypeSoundType

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - soundType: 虚拟声卡类型，默认为ich6
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            soundType: SetVmSoundTypeSoundType,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.soundType = soundType
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
            guard ZStackFieldwise.same(lhs.soundType, rhs.soundType) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 设置云主机虚拟声卡类型返回结果
    ///
    /// The same type as ``RemoveSdnController/Response``: the replies have the same fields.
    public typealias Response = RemoveSdnController.Response
}

nonisolated extension ZStackClient {
    /// 设置云主机虚拟声卡类型(SetVmSoundType)
    ///
    /// 指定一个云主机的虚拟声卡类型
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - soundType: 虚拟声卡类型，默认为ich6
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机虚拟声卡类型返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmSoundType(
        uuid: String,
        soundType: SetVmSoundTypeSoundType,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmSoundType.Response {
        try await setVmSoundType(
            SetVmSoundType.Request(uuid: uuid, soundType: soundType, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// 设置云主机虚拟声卡类型(SetVmSoundType)
    ///
    /// 指定一个云主机的虚拟声卡类型
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机虚拟声卡类型返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmSoundType(
        _ request: SetVmSoundType.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmSoundType.Response {
        let call = ZStackRequestBuilder(operation: SetVmSoundType.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "setVmSoundType") { wrapped in
                try wrapped.encodeValue(request.soundType, forKey: "soundType")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
