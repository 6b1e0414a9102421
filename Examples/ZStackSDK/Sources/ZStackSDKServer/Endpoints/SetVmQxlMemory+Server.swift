import ZStackSDK

/// The server side of ``SetVmQxlMemory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmQxlMemoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmQxlMemory.operation, bodyWrapper: "setVmQxlMemory") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmQxlMemory.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                ram: body.wrapped?.ram,
                vram: body.wrapped?.vram,
                vgamem: body.wrapped?.vgamem,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmQxlMemory(request) }
        }
    }

    /// The JSON body of a request: `{"setVmQxlMemory": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "setVmQxlMemory")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let ram: Int?
            let vram: Int?
            let vgamem: Int?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.ram = try object.optionalValue(Int.self, forKey: "ram")
                self.vram = try object.optionalValue(Int.self, forKey: "vram")
                self.vgamem = try object.optionalValue(Int.self, forKey: "vgamem")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
