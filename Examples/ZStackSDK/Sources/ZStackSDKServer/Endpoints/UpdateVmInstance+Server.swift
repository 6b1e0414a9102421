import ZStackSDK

/// The server side of ``UpdateVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmInstance.operation, bodyWrapper: "updateVmInstance") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVmInstance.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                state: body.wrapped?.state,
                defaultL3NetworkUuid: body.wrapped?.defaultL3NetworkUuid,
                platform: body.wrapped?.platform,
                cpuNum: body.wrapped?.cpuNum,
                memorySize: body.wrapped?.memorySize,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                guestOsType: body.wrapped?.guestOsType,
                reservedMemorySize: body.wrapped?.reservedMemorySize
            )
            return { try await handler.updateVmInstance(request) }
        }
    }

    /// The JSON body of a request: `{"updateVmInstance": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateVmInstance")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let name: String?
            let description: String?
            let state: UpdateVmInstanceState?
            let defaultL3NetworkUuid: String?
            let platform: UpdateVmInstancePlatform?
            let cpuNum: Int?
            let memorySize: Int64?
            let systemTags: [String]?
            let userTags: [String]?
            let guestOsType: String?
            let reservedMemorySize: Int64?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.state = try object.optionalValue(UpdateVmInstanceState.self, forKey: "state")
                self.defaultL3NetworkUuid = try object.optionalValue(String.self, forKey: "defaultL3NetworkUuid")
                self.platform = try object.optionalValue(UpdateVmInstancePlatform.self, forKey: "platform")
                self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
                self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.guestOsType = try object.optionalValue(String.self, forKey: "guestOsType")
                self.reservedMemorySize = try object.optionalValue(Int64.self, forKey: "reservedMemorySize")
            }
        }
    }
}
