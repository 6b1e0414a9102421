public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmNicAttachableEips``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmNicAttachableEipsExample = #"""
        {
          "inventories": [
            {
              "uuid": "34716c7528c8efe944e1c802f33a3d18",
              "name": "name",
              "description": "description",
              "vmNicUuid": "e7b8c561f119e73102f84fd4ecccba5f",
              "vipUuid": "7751a9032fae61bd31c7cfe967085f7e",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "state": "state",
              "vipIp": "vipIp",
              "guestIp": "guestIp"
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmNicAttachableEips(
        _ request: GetVmNicAttachableEips.Request
    ) async throws -> GetVmNicAttachableEips.Response {
        try Self.example(GetVmNicAttachableEips.Response.self, json: Self.getVmNicAttachableEipsExample)
    }
}
