public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetGuestOsMetadata``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getGuestOsMetadataExample = #"""
        {
          "inventories": [
            {
              "architecture": "architecture",
              "platform": "platform",
              "osRelease": "osRelease",
              "acpi": true,
              "hygonTag": true,
              "x2apic": true,
              "cpuModel": "cpuModel",
              "nicDriver": "nicDriver"
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
    public func getGuestOsMetadata(
        _ request: GetGuestOsMetadata.Request
    ) async throws -> GetGuestOsMetadata.Response {
        try Self.example(GetGuestOsMetadata.Response.self, json: Self.getGuestOsMetadataExample)
    }
}
