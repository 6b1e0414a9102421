import ZStackSDK

/// The server side of ``AddSdnController``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/sdn-controllers`, asynchronous.
nonisolated enum AddSdnControllerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSdnController.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let vendorType = try body.wrappedField(String.self, "vendorType")
                let name = try body.wrappedField(String.self, "name")
                let ip = try body.wrappedField(String.self, "ip")
                let userName = try body.wrappedField(String.self, "userName")
                let password = try body.wrappedField(String.self, "password")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddSdnController.Request(
                    vendorType: try call.required(vendorType, .bodyField("params.vendorType")),
                    name: try call.required(name, .bodyField("params.name")),
                    ip: try call.required(ip, .bodyField("params.ip")),
                    userName: try call.required(userName, .bodyField("params.userName")),
                    password: try call.required(password, .bodyField("params.password")),
                    description: description,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addSdnController(request) }
        }
    }
}
