public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateHostIpmi``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateHostIpmiExample = #"""
        {
          "hostIpmiInventory": {
            "uuid": "7c766a21bfb4aee8ab0edbc0a8908b3a",
            "ipmiAddress": "ipmiAddress",
            "ipmiUsername": "ipmiUsername",
            "ipmiPort": 1,
            "ipmiPowerStatus": "ipmiPowerStatus"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateHostIpmi(
        _ request: UpdateHostIpmi.Request
    ) async throws -> UpdateHostIpmi.Response {
        try Self.example(UpdateHostIpmi.Response.self, json: Self.updateHostIpmiExample)
    }
}
