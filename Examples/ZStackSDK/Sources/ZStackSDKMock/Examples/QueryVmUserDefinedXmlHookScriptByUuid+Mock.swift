public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmUserDefinedXmlHookScriptByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmUserDefinedXmlHookScriptByUuidExample = #"""
        {
          "inventories": [
            {
              "uuid": "0b37cdd0952cfbe1d3e420683f909adb",
              "name": "name",
              "description": "description",
              "type": {},
              "hookScript": "hookScript",
              "libvirtVersion": "libvirtVersion",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVmUserDefinedXmlHookScriptByUuid(
        _ request: QueryVmUserDefinedXmlHookScriptByUuid.Request
    ) async throws -> QueryVmUserDefinedXmlHookScriptByUuid.Response {
        try Self.example(QueryVmUserDefinedXmlHookScriptByUuid.Response.self, json: Self.queryVmUserDefinedXmlHookScriptByUuidExample)
    }
}
